//! `puhui-sandbox --addr 127.0.0.1:0 --db sandbox.sqlite3`: prints its base URL on the first line.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;

use puhui_sandbox::{start, SandboxConfig};

fn parse_args() -> Result<SandboxConfig, String> {
    let mut config = SandboxConfig::default();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--addr" => {
                let v = args.next().ok_or("--addr needs a value")?;
                config.addr = v.parse::<SocketAddr>().map_err(|e| format!("--addr {v}: {e}"))?;
            }
            "--db" => config.db = Some(PathBuf::from(args.next().ok_or("--db needs a path")?)),
            "-h" | "--help" => {
                return Err("usage: puhui-sandbox [--addr HOST:PORT] [--db PATH]".into());
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
