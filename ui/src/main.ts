// The Puhui desktop front end. It only renders view models from the core and sends the
// customer's choices back; every word comes from the core's Fluent files.
import { invoke } from "@tauri-apps/api/core";

type Mode = "standard" | "elder";

interface AppView {
  locale: string;
  mode: Mode;
  sandbox_bank: boolean;
  strings: Record<string, string>;
}

interface FindingView {
  start: number;
  end: number;
  phrase: string;
  reasons: string[];
}

interface CheckView {
  verdict: "safe" | "suspicious" | "scam";
  headline: string;
  scam_type_name: string | null;
  explanation: string;
  advice: string;
  findings: FindingView[];
  signals: string[];
  truncated_note: string | null;
  call: { label: string; number: string; uri: string };
}

interface PublicError {
  code: string;
  message: string;
  retryable: boolean;
}

const root = document.getElementById("app") as HTMLDivElement;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

function showError(view: AppView | null, err: unknown): void {
  const e = err as Partial<PublicError>;
  const title = view?.strings["ui-error-title"] ?? "!";
  const box = el("div", { role: "alert", class: "error" }, el("strong", {}, title), " ", e.message ?? "");
  root.prepend(box);
}

function render(view: AppView): void {
  const t = (id: string): string => view.strings[id] ?? id;
  document.documentElement.lang = view.locale;
  document.body.className = view.mode === "elder" ? "mode-elder" : "mode-standard";
  document.title = t("ui-app-title");
  root.replaceChildren();

  if (view.sandbox_bank) {
    root.append(el("p", { class: "banner", role: "note" }, t("ui-sandbox-banner")));
  }

  const header = el("header", {}, el("h1", {}, t("ui-app-title")));
  const modeButton = el(
    "button",
    { id: "mode-toggle", class: "mode-toggle", type: "button" },
    view.mode === "elder" ? t("ui-mode-switch-to-standard") : t("ui-mode-switch-to-elder"),
  );
  modeButton.addEventListener("click", () => {
    const next: Mode = view.mode === "elder" ? "standard" : "elder";
    invoke<AppView>("set_mode_cmd", { mode: next }).then(render, (e) => showError(view, e));
  });
  const language = el("select", { id: "language", "aria-label": t("ui-language") });
  for (const [tag, id] of [
    ["zh-CN", "ui-language-zh-cn"],
    ["zh-TW", "ui-language-zh-tw"],
    ["en", "ui-language-en"],
  ]) {
    const option = el("option", { value: tag }, t(id));
    if (tag === view.locale) option.selected = true;
    language.append(option);
  }
  language.addEventListener("change", () => {
    invoke<AppView>("set_locale_cmd", { tag: language.value }).then(render, (e) => showError(view, e));
  });
  header.append(el("div", { class: "controls" }, modeButton, el("label", {}, t("ui-language"), " ", language)));
  root.append(header);

  const main = el("main", {}, el("h2", {}, t("ui-home-title")));
  const tiles = el("div", { class: "tiles" });
  for (const key of ["loans", "post-loan", "anti-fraud"]) {
    const tile = el(
      "button",
      { class: "tile", type: "button", "data-tile": key },
      el("span", { class: "tile-title" }, t(`ui-tile-${key}`)),
      el("span", { class: "tile-hint" }, t(`ui-tile-${key}-hint`)),
    );
    tile.addEventListener("click", () => {
      if (key === "anti-fraud") {
        renderChecker(view);
        return;
      }
      const note = el("p", { class: "note", role: "status" }, t("ui-coming-soon"));
      tile.after(note);
      setTimeout(() => note.remove(), view.mode === "elder" ? 8000 : 4000);
    });
    tiles.append(tile);
  }
  main.append(tiles);
  main.append(el("p", { class: "fraud-warning" }, t("ui-fraud-warning")));
  const help = el(
    "div",
    { class: "help" },
    el("a", { class: "help-button", href: "tel:95511" }, t("ui-call-bank")),
    el("button", { class: "help-button", type: "button" }, t("ui-ask-family")),
    el("a", { class: "help-button hotline", href: "tel:96110" }, t("ui-anti-fraud-hotline")),
  );
  main.append(help);
  root.append(main);
}

function renderChecker(view: AppView): void {
  const t = (id: string): string => view.strings[id] ?? id;
  root.replaceChildren();
  if (view.sandbox_bank) root.append(el("p", { class: "banner", role: "note" }, t("ui-sandbox-banner")));
  const back = el("button", { class: "help-button", type: "button", id: "back" }, t("ui-back"));
  back.addEventListener("click", () => render(view));
  root.append(el("header", {}, el("h1", {}, t("ui-app-title")), back));
  const text = el("textarea", { id: "message-text", rows: "6" });
  const sender = el("input", { id: "message-sender", type: "tel", autocomplete: "off" });
  const submit = el("button", { class: "mode-toggle", type: "submit", id: "check-submit" }, t("ui-checker-submit"));
  const result = el("section", { id: "check-result", "aria-live": "assertive" });
  const form = el(
    "form",
    { class: "checker" },
    el("label", { for: "message-text" }, t("ui-checker-text-label")),
    text,
    el("label", { for: "message-sender" }, t("ui-checker-sender-label")),
    sender,
    submit,
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    invoke<CheckView>("check_message_cmd", { text: text.value, sender: sender.value || null }).then(
      (c) => {
        result.replaceChildren(
          el("h3", { class: `verdict verdict-${c.verdict}`, "data-verdict": c.verdict }, c.headline),
          ...(c.scam_type_name ? [el("p", { class: "scam-type" }, c.scam_type_name)] : []),
          el("p", {}, c.explanation),
          el("p", { class: "advice" }, c.advice),
        );
        if (c.findings.length > 0) {
          const list = el("ul", { class: "findings" });
          for (const f of c.findings) list.append(el("li", {}, el("mark", {}, f.phrase), " ", f.reasons.join(" ")));
          result.append(el("h4", {}, t("ui-checker-phrases")), list);
        }
        for (const s of c.signals) result.append(el("p", { class: "signal" }, s));
        if (c.truncated_note) result.append(el("p", {}, c.truncated_note));
        if (c.verdict !== "safe") {
          result.append(el("a", { class: "help-button hotline", id: "call-96110", href: c.call.uri }, c.call.label));
        }
        // The verdict is what matters: bring it on screen instead of leaving it below the fold.
        result.scrollIntoView({ block: "start" });
      },
      (e) => showError(view, e),
    );
  });
  root.append(el("main", {}, el("h2", {}, t("ui-checker-title")), form, result));
}

invoke<AppView>("app_view_cmd").then(render, (e) => showError(null, e));
