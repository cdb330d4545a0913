//! wago-host end to end on hand-written WAT commands: stdio, exit codes,
//! arguments, environment, preopened directories, traps, and the errors for
//! modules that cannot run. Each module imports only the WASI functions it
//! uses, as the compiler's output does.

use std::path::PathBuf;
use wago_host::{HostError, Preopen, RunConfig, RunOutcome, Stdio};

const FD_WRITE: &str =
    r#"(import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))"#;

/// `(func $write (param fd ptr len))`: writes memory[ptr..ptr+len] to fd
/// through an iovec at address 0; the written count goes to address 8.
/// Needs [`FD_WRITE`].
const WRITE: &str = r#"
  (func $write (param $fd i32) (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8))))
"#;

const PROC_EXIT: &str = r#"(import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))"#;

/// `(func $nul_to_newline (param ptr len))`: turns the NUL terminators of
/// the strings `args_get`/`environ_get` store into newlines.
const NUL_TO_NEWLINE: &str = r#"
  (func $nul_to_newline (param $p i32) (param $len i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $p) (local.get $len)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (if (i32.eqz (i32.load8_u (local.get $p)))
          (then (i32.store8 (local.get $p) (i32.const 10))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next))))
"#;

/// A command module: the given imports and helper functions, one page of
/// memory, data at address 1024 and a `_start` with the given body.
fn command(imports: &[&str], funcs: &[&str], data: &str, start_body: &str) -> Vec<u8> {
    let text = format!(
        r#"(module {}
  (memory (export "memory") 1)
  (data (i32.const 1024) "{data}")
  {}
  (func (export "_start") {start_body}))"#,
        imports.join("\n"),
        funcs.join("\n")
    );
    wat::parse_str(&text).unwrap_or_else(|e| panic!("bad test WAT: {e}\n{text}"))
}

fn captured(stdin: &[u8]) -> RunConfig {
    RunConfig { args: vec!["prog.wasm".into()], stdio: Stdio::Capture { stdin: stdin.to_vec() }, ..Default::default() }
}

fn run(wasm: &[u8], cfg: &RunConfig) -> RunOutcome {
    wago_host::run(wasm, cfg).unwrap_or_else(|e| panic!("run failed: {e}"))
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("utf-8 output")
}

fn run_error(wasm: &[u8]) -> HostError {
    match wago_host::run(wasm, &captured(b"")) {
        Ok(outcome) => panic!("expected an error, the module ran: {outcome:?}"),
        Err(e) => e,
    }
}

#[test]
fn hello_writes_stdout_and_stderr() {
    let wasm = command(
        &[FD_WRITE],
        &[WRITE],
        "hello, stdout\\0ahello, stderr\\0a",
        "(call $write (i32.const 1) (i32.const 1024) (i32.const 14))
         (call $write (i32.const 2) (i32.const 1038) (i32.const 14))",
    );
    let out = run(&wasm, &captured(b""));
    assert_eq!(text(&out.stdout), "hello, stdout\n");
    assert_eq!(text(&out.stderr), "hello, stderr\n");
    assert_eq!((out.exit_code, out.trap), (0, None));
}

#[test]
fn returning_from_start_exits_0() {
    let out = run(&command(&[], &[], "", "nop"), &captured(b""));
    assert_eq!(out.exit_code, 0);
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn proc_exit_status_is_the_exit_code() {
    for status in [0, 3, 125, 126, 255] {
        let wasm = command(
            &[FD_WRITE, PROC_EXIT],
            &[WRITE],
            "before\\0a",
            &format!(
                "(call $write (i32.const 1) (i32.const 1024) (i32.const 7))
             (call $proc_exit (i32.const {status}))
             (call $write (i32.const 1) (i32.const 1024) (i32.const 7))"
            ),
        );
        let out = run(&wasm, &captured(b""));
        assert_eq!(out.exit_code, status, "proc_exit({status})");
        assert_eq!(text(&out.stdout), "before\n", "nothing runs after proc_exit");
        assert!(out.trap.is_none() && out.stderr.is_empty());
    }
}

#[test]
fn args_reach_the_guest() {
    let wasm = command(
        &[
            r#"(import "wasi_snapshot_preview1" "args_sizes_get" (func $sizes (param i32 i32) (result i32)))"#,
            r#"(import "wasi_snapshot_preview1" "args_get" (func $get (param i32 i32) (result i32)))"#,
            FD_WRITE,
        ],
        &[WRITE, NUL_TO_NEWLINE],
        "",
        // argc at 16, buffer size at 20, argv at 2048, strings at 4096.
        "(drop (call $sizes (i32.const 16) (i32.const 20)))
         (drop (call $get (i32.const 2048) (i32.const 4096)))
         (call $nul_to_newline (i32.const 4096) (i32.load (i32.const 20)))
         (call $write (i32.const 1) (i32.const 4096) (i32.load (i32.const 20)))
         ;; argv[1] points at the second string: write it again to stderr.
         (call $write (i32.const 2) (i32.load (i32.const 2052)) (i32.const 3))",
    );
    let mut cfg = captured(b"");
    cfg.args = ["prog.wasm", "one", "-two", "three four", ""].map(String::from).to_vec();
    let out = run(&wasm, &cfg);
    assert_eq!(text(&out.stdout), "prog.wasm\none\n-two\nthree four\n\n");
    assert_eq!(text(&out.stderr), "one");
}

#[test]
fn environment_reaches_the_guest_and_nothing_else() {
    let wasm = command(
        &[
            r#"(import "wasi_snapshot_preview1" "environ_sizes_get" (func $sizes (param i32 i32) (result i32)))"#,
            r#"(import "wasi_snapshot_preview1" "environ_get" (func $get (param i32 i32) (result i32)))"#,
            FD_WRITE,
        ],
        &[WRITE, NUL_TO_NEWLINE],
        "",
        "(drop (call $sizes (i32.const 16) (i32.const 20)))
         (drop (call $get (i32.const 2048) (i32.const 4096)))
         (call $nul_to_newline (i32.const 4096) (i32.load (i32.const 20)))
         (call $write (i32.const 1) (i32.const 4096) (i32.load (i32.const 20)))",
    );
    let mut cfg = captured(b"");
    cfg.env = vec![("HOME".into(), "/home/gopher".into()), ("EMPTY".into(), String::new()), ("A".into(), "b=c".into())];
    let out = run(&wasm, &cfg);
    assert_eq!(text(&out.stdout), "HOME=/home/gopher\nEMPTY=\nA=b=c\n");

    cfg.env.clear();
    assert_eq!(run(&wasm, &cfg).stdout, b"", "no implicit environment");
}

const FD_READ: &str =
    r#"(import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))"#;

/// `(func $copy (param fd) (result errno))`: copies fd to stdout until end of
/// file, 5 bytes a read so reads loop. Needs [`FD_READ`] and [`WRITE`].
const COPY_TO_STDOUT: &str = r#"
  (func $copy (param $fd i32) (result i32)
    (local $errno i32)
    (loop $next
      (i32.store (i32.const 32) (i32.const 8192))
      (i32.store (i32.const 36) (i32.const 5))
      (local.set $errno (call $fd_read (local.get $fd) (i32.const 32) (i32.const 1) (i32.const 40)))
      (if (local.get $errno) (then (return (local.get $errno))))
      (if (i32.load (i32.const 40))
        (then
          (call $write (i32.const 1) (i32.const 8192) (i32.load (i32.const 40)))
          (br $next))))
    (i32.const 0))
"#;

#[test]
fn stdin_is_read_to_end_of_file() {
    let wasm = command(
        &[FD_WRITE, FD_READ, PROC_EXIT],
        &[WRITE, COPY_TO_STDOUT],
        "",
        "(call $proc_exit (call $copy (i32.const 0)))",
    );
    let input = b"line one\nline two\n\xffbytes\n";
    let out = run(&wasm, &captured(input));
    assert_eq!(out.stdout, input);
    assert_eq!(out.exit_code, 0);
    assert_eq!(run(&wasm, &captured(b"")).stdout, b"");
}

/// Opens "data.txt" under the first preopened directory (fd 3), copies it to
/// stdout, and exits with the errno of the first call that fails.
fn cat_data_txt() -> Vec<u8> {
    command(
        &[
            FD_WRITE,
            FD_READ,
            PROC_EXIT,
            r#"(import "wasi_snapshot_preview1" "path_open" (func $path_open
                 (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))"#,
        ],
        &[WRITE, COPY_TO_STDOUT],
        "data.txt",
        "(local $errno i32)
         ;; fd_read rights (bit 1), no inheriting rights, opened fd stored at 48.
         (local.set $errno (call $path_open (i32.const 3) (i32.const 0) (i32.const 1024) (i32.const 8)
           (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 48)))
         (if (local.get $errno) (then (call $proc_exit (local.get $errno))))
         (call $proc_exit (call $copy (i32.load (i32.const 48))))",
    )
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wago-host-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn preopened_directory_files_can_be_read() {
    let dir = temp_dir("preopen");
    std::fs::write(dir.join("data.txt"), "file contents\n").unwrap();
    let mut cfg = captured(b"");
    cfg.preopens = vec![Preopen { host: dir.clone(), guest: "/data".into() }];
    let out = run(&cat_data_txt(), &cfg);
    assert_eq!((out.exit_code, text(&out.stdout)), (0, "file contents\n"));

    // A missing file: ENOENT (44).
    std::fs::remove_file(dir.join("data.txt")).unwrap();
    assert_eq!(run(&cat_data_txt(), &cfg).exit_code, 44);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn without_preopens_there_is_no_filesystem() {
    // fd 3 does not exist: EBADF (8).
    let out = run(&cat_data_txt(), &captured(b""));
    assert_eq!((out.exit_code, out.stdout.as_slice()), (8, &b""[..]));
}

#[test]
fn preopen_is_announced_under_its_guest_name() {
    let wasm = command(
        &[
            FD_WRITE,
            r#"(import "wasi_snapshot_preview1" "fd_prestat_get" (func $prestat (param i32 i32) (result i32)))"#,
            r#"(import "wasi_snapshot_preview1" "fd_prestat_dir_name" (func $name (param i32 i32 i32) (result i32)))"#,
        ],
        &[WRITE],
        "",
        // prestat { tag u8, name_len u32 } at 64; the name at 4096.
        "(drop (call $prestat (i32.const 3) (i32.const 64)))
         (drop (call $name (i32.const 3) (i32.const 4096) (i32.load (i32.const 68))))
         (call $write (i32.const 1) (i32.const 4096) (i32.load (i32.const 68)))",
    );
    let dir = temp_dir("prestat");
    let mut cfg = captured(b"");
    cfg.preopens = vec![Preopen { host: dir.clone(), guest: "/sandbox".into() }];
    assert_eq!(text(&run(&wasm, &cfg).stdout), "/sandbox");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn missing_preopen_directory_is_an_error() {
    let mut cfg = captured(b"");
    let host = std::env::temp_dir().join("wago-host-no-such-dir");
    cfg.preopens = vec![Preopen { host: host.clone(), guest: ".".into() }];
    let err = wago_host::run(&command(&[], &[], "", "nop"), &cfg).unwrap_err();
    assert!(matches!(&err, HostError::Preopen { host: h, .. } if *h == host), "{err:?}");
    assert!(err.to_string().starts_with(&format!("cannot preopen directory {}: ", host.display())), "{err}");
}

#[test]
fn trap_exits_2_with_reason_and_backtrace() {
    let wasm = wat::parse_str(
        r#"(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "out\0a")
  (func $main.crash unreachable)
  (func $main.main
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 4))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (call $main.crash))
  (func $_start (export "_start") (call $main.main)))"#,
    )
    .unwrap();
    let out = run(&wasm, &captured(b""));
    assert_eq!(out.exit_code, 2);
    assert_eq!(text(&out.stdout), "out\n", "output before the trap is kept");
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines[0], "wago: trap: wasm `unreachable` instruction executed", "{stderr}");
    let names: Vec<&str> = lines[1..].iter().map(|l| l.split_whitespace().nth(1).unwrap()).collect();
    assert_eq!(names, ["main.crash", "main.main", "_start"], "{stderr}");
    assert!(lines[1].starts_with("    0: main.crash @ 0x"), "{stderr}");
    assert_eq!(out.trap.as_deref(), Some(stderr));
}

#[test]
fn trap_without_names_shows_function_indices() {
    // No `$names`: wat writes no name section.
    let wasm = wat::parse_str(r#"(module (func unreachable) (func (export "_start") call 0))"#).unwrap();
    let out = run(&wasm, &captured(b""));
    let stderr = text(&out.stderr);
    assert!(stderr.starts_with("wago: trap: wasm `unreachable` instruction executed\n    0: func[0] @ 0x"), "{stderr}");
    assert_eq!(out.exit_code, 2);
}

#[test]
fn start_section_that_traps_or_exits_ends_the_run() {
    let wasm = wat::parse_str(r#"(module (func $init unreachable) (start $init) (func (export "_start")))"#).unwrap();
    let out = run(&wasm, &captured(b""));
    assert_eq!(out.exit_code, 2);
    assert!(text(&out.stderr).starts_with("wago: trap: wasm `unreachable` instruction executed\n    0: init @ 0x"));

    let wasm =
        command(&[PROC_EXIT], &["(func $init (call $proc_exit (i32.const 4))) (start $init)"], "", "unreachable");
    assert_eq!((run(&wasm, &captured(b"")).exit_code), 4);
}

#[test]
fn deep_recursion_fits_in_the_wasm_stack() {
    // 1,000,000 nested calls: far past wasmtime's 512 KiB default.
    let wasm = command(
        &[PROC_EXIT],
        &[r#"(func $depth (param $n i32) (result i32)
                 (if (result i32) (i32.eqz (local.get $n))
                   (then (i32.const 0))
                   (else (i32.add (i32.const 1) (call $depth (i32.sub (local.get $n) (i32.const 1)))))))"#],
        "",
        "(call $proc_exit (i32.rem_u (call $depth (i32.const 1000000)) (i32.const 256)))",
    );
    let out = run(&wasm, &captured(b""));
    assert_eq!((out.exit_code, out.trap), (1_000_000 % 256, None));
}

#[test]
fn unbounded_recursion_traps_with_stack_exhausted() {
    let wasm = command(
        &[],
        &[r#"(func $forever (param i32) (call $forever (local.get 0)))"#],
        "",
        "(call $forever (i32.const 0))",
    );
    let out = run(&wasm, &captured(b""));
    assert_eq!(out.exit_code, 2);
    let stderr = text(&out.stderr);
    assert!(stderr.starts_with("wago: trap: call stack exhausted\n    0: forever"), "{stderr}");
    assert!(stderr.contains("(repeated "), "a runaway recursion is summed up: {stderr}");
    assert!(stderr.lines().count() < 10, "{stderr}");
}

#[test]
fn import_outside_wasi_is_named() {
    let wasm = wat::parse_str(r#"(module (import "env" "now" (func)) (func (export "_start")))"#).unwrap();
    let err = run_error(&wasm);
    assert!(matches!(&err, HostError::UnknownImport { module, name } if module == "env" && name == "now"));
    assert_eq!(err.to_string(), "module imports `env::now`; only wasi_snapshot_preview1 imports can be provided");
}

#[test]
fn unknown_wasi_function_is_named() {
    let wasm = wat::parse_str(
        r#"(module (import "wasi_snapshot_preview1" "fd_teleport" (func (param i32))) (func (export "_start")))"#,
    )
    .unwrap();
    let err = run_error(&wasm);
    assert_eq!(
        err.to_string(),
        "module imports `wasi_snapshot_preview1::fd_teleport`, which is not a WASI preview 1 function"
    );
}

#[test]
fn wasi_import_of_the_wrong_type_is_named() {
    let wasm = wat::parse_str(
        r#"(module (import "wasi_snapshot_preview1" "fd_write" (func (param i32))) (func (export "_start")))"#,
    )
    .unwrap();
    let err = run_error(&wasm);
    let msg = err.to_string();
    assert!(matches!(err, HostError::Instantiate(_)), "{msg}");
    assert!(msg.contains("wasi_snapshot_preview1::fd_write"), "{msg}");
}

#[test]
fn invalid_module_gets_the_validators_message() {
    let wasm = wat::parse_str(r#"(module (func (export "_start") (result i32) (i64.const 1)))"#).unwrap();
    let err = run_error(&wasm);
    let msg = err.to_string();
    assert!(matches!(err, HostError::Invalid(_)), "{msg}");
    assert!(msg.starts_with("invalid WebAssembly module: type mismatch"), "{msg}");
    assert!(msg.contains("offset 0x"), "{msg}");

    let msg = run_error(b"#!/bin/sh\necho not wasm\n").to_string();
    assert!(msg.starts_with("invalid WebAssembly module: "), "{msg}");
    assert!(msg.contains("magic header not detected"), "{msg}");
}

#[test]
fn module_without_start_is_not_a_command() {
    let wasm = wat::parse_str(r#"(module (memory (export "memory") 1))"#).unwrap();
    let err = run_error(&wasm);
    assert!(matches!(err, HostError::NoStart(_)), "{err}");
    assert!(err.to_string().contains("_start"), "{err}");
}
