//! `puhui-sandbox --addr 127.0.0.1:0 --db sandbox.sqlite3`: prints its base URL on the first line.
//!
//! Fault injection (off unless `--faults` is given): `--latency-ms N`, `--error-rate 0.1`,
//! `--seed N`, `--drop-after-commit N`, `--commit-delay-ms N`.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use puhui_sandbox::{SandboxConfig, start};

fn number(args: &mut impl Iterator<Item = String>, flag: &str) -> Result<u64, String> {
    let v = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
    v.parse::<u64>().map_err(|e| format!("{flag} {v}: {e}"))
}

fn parse_args() -> Result<SandboxConfig, String> {
    let mut config = SandboxConfig::default();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--addr" => {
                let v = args.next().ok_or("--addr needs a value")?;
                config.addr = v
                    .parse::<SocketAddr>()
                    .map_err(|e| format!("--addr {v}: {e}"))?;
            }
            "--db" => config.db = Some(PathBuf::from(args.next().ok_or("--db needs a path")?)),
            "--faults" => config.faults.enabled = true,
            "--latency-ms" => config.faults.latency = Duration::from_millis(number(&mut args, &a)?),
            "--commit-delay-ms" => {
                config.faults.commit_delay = Duration::from_millis(number(&mut args, &a)?)
            }
            "--seed" => config.faults.seed = number(&mut args, &a)?,
            "--drop-after-commit" => {
                config.faults.drop_after_commit =
                    u32::try_from(number(&mut args, &a)?).map_err(|e| e.to_string())?;
            }
            "--error-rate" => {
                let v = args.next().ok_or("--error-rate needs a value")?;
                let rate = v
                    .parse::<f64>()
                    .map_err(|e| format!("--error-rate {v}: {e}"))?;
                if !(0.0..=1.0).contains(&rate) {
                    return Err("--error-rate must be between 0 and 1".into());
                }
                config.faults.error_rate = rate;
            }
            "-h" | "--help" => {
                return Err("usage: puhui-sandbox [--addr HOST:PORT] [--db PATH] [--faults [--latency-ms N] \
                            [--error-rate R] [--seed N] [--drop-after-commit N] [--commit-delay-ms N]]"
                    .into());
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(config)
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let config = match parse_args() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return std::process::ExitCode::from(2);
        }
    };
    let handle = match start(config).await {
        Ok(h) => h,
        Err(e) => {
            eprintln!("cannot start the sandbox: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    println!("{}", handle.url());
    let _ = std::io::stdout().flush();
    let _ = tokio::signal::ctrl_c().await;
    handle.stop().await;
    std::process::ExitCode::SUCCESS
}
