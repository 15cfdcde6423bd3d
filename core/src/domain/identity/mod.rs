//! Identity validation: resident ID, mobile numbers, bank cards, business credit codes, and
//! masking for logs and screens.
