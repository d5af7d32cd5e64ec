#!/usr/bin/env python3
"""End-to-end performance of the release binary, through a real pseudo-terminal.

Usage: scripts/measure.py BINARY [--runs N] [--keys N] [--items N] [--criteria N] [--also NAME=BINARY]…
(scripts/measure.sh builds the binary and calls this.) Each `--also` binary (another build, to
compare two ways of doing something) is measured in the same run, its launches and `validate`
taking turns with the others'.

Prints, with the median and the minimum of several runs:
- launch to first complete screen, embarquement (embedded definitions) beside `dialog --checklist`
  with the same number of items, both at 120x40 in a pseudo-terminal;
- arrow key to redrawn screen, for both (time from writing the key to the last byte of the redraw),
  and Space to redrawn screen (dialog ticks the item; embarquement cycles the criterion's status and
  saves the plan before drawing);
- the same two figures for embarquement on a generated set about ten times the size of the embedded
  one (6,500 criteria in one stage by default), all answered;
- `embarquement validate` on the embedded set and on the generated set;
- peak resident memory (`/usr/bin/time -v`) of each run;
- the size of the binary.

The interactive programs are launched in turn (embarquement, dialog, embarquement on the generated
set, then again), so that a change of the machine's speed during the
measurement weighs on all of them alike.
"""

import argparse
import fcntl
import os
import platform
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_fixture  # noqa: E402

COLS, ROWS = 120, 40
# Terminal control sequences, removed before looking for a string on the screen.
CONTROL = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]")
# Silence after which a redraw is taken to be complete.
IDLE = 0.06
TIMEOUT = 20.0

# The keys a terminal sends for Down/Up: normal cursor mode for embarquement (crossterm leaves the
# terminal in it), application mode for dialog (curses turns it on with `smkx`).
KEYS_NORMAL = (b"\x1b[B", b"\x1b[A")
KEYS_APPLICATION = (b"\x1bOB", b"\x1bOA")


class Session:
    """A program in a pseudo-terminal of COLS x ROWS."""

    def __init__(self, argv, env):
        self.started = time.perf_counter()
        pid, fd = os.forkpty()
        if pid == 0:
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.output = bytearray()
        self.status = None

    def read(self, timeout):
        """Reads what is available within `timeout` seconds; returns the bytes, b"" on silence."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return b""
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError:  # EIO: the program closed the terminal
            data = b""
        if not data:
            raise EOFError
        self.output.extend(data)
        return data

    def wait_for(self, marker):
        """Seconds from launch until `marker` shows in the output, control sequences removed."""
        deadline = time.perf_counter() + TIMEOUT
        while time.perf_counter() < deadline:
            if self.read(0.5) and marker in self.screen_text():
                return time.perf_counter() - self.started
        raise TimeoutError(f"{marker!r} not seen; output: {bytes(self.output[-400:])!r}")

    def screen_text(self):
        """The output without control sequences nor spaces (a redraw skips blank cells by moving the
        cursor, so spaces may be missing)."""
        return CONTROL.sub(b"", bytes(self.output)).replace(b" ", b"")

    def settle(self):
        """Reads until the program has been silent for IDLE seconds."""
        while self.read(IDLE):
            pass

    def key_to_screen(self, key):
        """Seconds from writing `key` to the last byte of the redraw it causes."""
        self.settle()
        sent = time.perf_counter()
        os.write(self.fd, key)
        last = None
        deadline = sent + TIMEOUT
        while time.perf_counter() < deadline:
            if self.read(IDLE if last else 1.0):
                last = time.perf_counter()
            elif last:
                return last - sent
            else:
                raise TimeoutError(f"no redraw after {key!r}")
        raise TimeoutError(f"redraw after {key!r} never ended")

    def finish(self, key):
        """Sends the quit key, reads to the end, and returns the exit status."""
        os.write(self.fd, key)
        deadline = time.perf_counter() + TIMEOUT
        try:
            while time.perf_counter() < deadline:
                self.read(0.5)
        except EOFError:
            pass
        if time.perf_counter() >= deadline:
            os.kill(self.pid, signal.SIGKILL)
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)


def environment():
    """The programs' environment."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
    return env


def peak_rss_kb(report):
    with open(report, encoding="utf-8") as f:
        for line in f:
            if "Maximum resident set size" in line:
                return int(line.rsplit(":", 1)[1])
    raise ValueError(f"no peak memory in {report}")


def run_interactive(argv, marker, expect, keys, quit_key, key_count, rss_report=None):
    """One run: (launch-to-marker seconds, [key-to-screen seconds], peak RSS kB or None).

    `marker` is the last thing the first screen draws; `expect` must show on it too."""
    if rss_report:
        argv = ["/usr/bin/time", "-v", "-o", rss_report] + argv
    session = Session(argv, environment())
    first = session.wait_for(marker.replace(b" ", b""))
    session.settle()
    if expect.replace(b" ", b"") not in session.screen_text():
        raise RuntimeError(f"{expect!r} not on the first screen of {argv}")
    latencies = [session.key_to_screen(keys[i % 2]) for i in range(key_count)]
    spaces = [session.key_to_screen(b" ") for _ in range(key_count)]
    code = session.finish(quit_key)
    if code != 0:
        raise RuntimeError(f"{argv} exited with {code}: {bytes(session.output[-400:])!r}")
    rss = peak_rss_kb(rss_report) if rss_report else None
    return first, latencies, spaces, rss


def measure_together(programs, runs, key_count, work):
    """Measures each of `programs` `runs` times, their launches taking turns (A, B, C, A, B, C…) so that
    the machine's changing load weighs on all of them alike: a virtual machine's speed drifts by tens
    of percent from one minute to the next, which blocks of runs one program after another would
    turn into differences between the programs.

    Each program is a dict: name, argv, marker, expect, keys, quit_key."""
    results = [{"name": program["name"], "first": [], "key": [], "space": []} for program in programs]

    def launch(program, rss_report=None):
        return run_interactive(
            program["argv"],
            program["marker"],
            program["expect"],
            program["keys"],
            program["quit_key"],
            key_count,
            rss_report=rss_report,
        )

    for _ in range(runs):
        for program, result in zip(programs, results):
            first, keys_times, space_times, _ = launch(program)
            result["first"].append(first)
            result["key"].extend(keys_times)
            result["space"].extend(space_times)
    # Peak memory in separate runs: /usr/bin/time would add its own start-up to the timings.
    report = os.path.join(work, "time.txt")
    for program, result in zip(programs, results):
        result["rss"] = launch(program, rss_report=report)[3]
    return results


def measure_floor(runs):
    """Launch to output of `/bin/echo` in the same pseudo-terminal: the harness's own share."""
    times = []
    for _ in range(runs):
        session = Session(["/bin/echo", "ready"], environment())
        times.append(session.wait_for(b"ready"))
        try:
            while True:
                session.read(0.5)
        except EOFError:
            pass
        os.waitpid(session.pid, 0)
        os.close(session.fd)
    return times


def measure_commands(argvs, runs, work):
    """Times each command of `argvs` as a whole process, `runs` times, the commands taking turns;
    then its peak memory in a separate run."""
    results = [{"times": []} for _ in argvs]
    for _ in range(runs):
        for argv, result in zip(argvs, results):
            started = time.perf_counter()
            subprocess.run(
                argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=environment()
            )
            result["times"].append(time.perf_counter() - started)
    report = os.path.join(work, "time.txt")
    for argv, result in zip(argvs, results):
        subprocess.run(
            ["/usr/bin/time", "-v", "-o", report] + argv,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
            env=environment(),
        )
        result["rss"] = peak_rss_kb(report)
    return results


def ms(values):
    return f"{statistics.median(values) * 1000:8.1f} {min(values) * 1000:8.1f}"


def mb(kb):
    return f"{kb / 1024:6.1f}"


def machine():
    model = ""
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        model = next((l.split(":", 1)[1].strip() for l in out.splitlines() if l.startswith("Model name")), "")
    except OSError:
        pass
    memory = ""
    with open("/proc/meminfo", encoding="utf-8") as f:
        kb = int(f.readline().split()[1])
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    return f"{os.cpu_count()} CPU ({model or platform.processor()}), {memory}, {platform.platform()}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--runs", type=int, default=7, help="launches per program (default 7)")
    parser.add_argument("--keys", type=int, default=10, help="arrow keys per launch (default 10)")
    parser.add_argument("--items", type=int, default=40, help="dialog checklist items (default 40)")
    parser.add_argument("--criteria", type=int, default=6_500, help="generated criteria (default 6500, about ten times the embedded set)")
    parser.add_argument("--also", action="append", default=[], metavar="NAME=BINARY", help="another build measured in the same run")
    args = parser.parse_args()
    binaries = [("embarquement", os.path.abspath(args.binary))]
    for also in args.also:
        name, _, path = also.partition("=")
        binaries.append((name, os.path.abspath(path)))
    dialog = shutil.which("dialog")
    if not dialog or not os.path.exists("/usr/bin/time"):
        sys.exit("needs `dialog` and GNU time: apt-get install -y dialog time")

    work = tempfile.mkdtemp(prefix="embarquement-measure-")
    try:
        print(f"machine: {machine()}")
        print(f"date: {time.strftime('%Y-%m-%d %H:%M')}, load average {os.getloadavg()[0]:.2f}")
        print(f"runs: {args.runs} launches x {args.keys} arrow keys, terminal {COLS}x{ROWS}")
        print()

        floor = measure_floor(args.runs)

        # dialog --checklist with the same number of items as dialog's comparison point.
        items = []
        for index in range(1, args.items + 1):
            items += [f"c{index}", gen_fixture.criterion_title(index), "off"]
        checklist = [dialog, "--checklist", "Critères go/no-go", str(ROWS - 2), str(COLS - 4), str(ROWS - 10)] + items
        checklist_program = {
            "name": f"dialog --checklist, {args.items} items",
            "argv": checklist,
            "marker": b"Cancel",
            "expect": gen_fixture.criterion_title(1).encode(),
            "keys": KEYS_APPLICATION,
            "quit_key": b"\r",
        }

        # The generated set: one stage of N criteria.
        defs = os.path.join(work, "definitions")
        gen_fixture.write_definitions(defs, args.criteria)
        embedded_programs, big_programs = [], []
        for index, (name, binary) in enumerate(binaries):
            # The embedded definitions, with a new plan.
            plan = os.path.join(work, f"embedded-{index}.plan.yaml")
            subprocess.run([binary, "init", plan, "--name", "Bench"], check=True, stdout=subprocess.DEVNULL)
            embedded_programs.append({
                "name": f"{name}, embedded set",
                "argv": [binary, plan],
                "marker": b"quitter",
                "expect": b"Bench",
                "keys": KEYS_NORMAL,
                "quit_key": b"q",
            })
            # The generated set, every criterion answered.
            big_plan = os.path.join(work, f"big-{index}.plan.yaml")
            subprocess.run(
                [binary, "--questionnaires", defs, "init", big_plan, "--name", "Bench"],
                check=True,
                stdout=subprocess.DEVNULL,
                env=environment(),
            )
            gen_fixture.answer_plan(big_plan, args.criteria)
            big_programs.append({
                "name": f"{name}, {args.criteria} criteria",
                "argv": [binary, "--questionnaires", defs, big_plan],
                "marker": b"quitter",
                "expect": gen_fixture.criterion_title(1).encode(),
                "keys": KEYS_NORMAL,
                "quit_key": b"q",
            })
        runs = measure_together(
            embedded_programs + [checklist_program] + big_programs, args.runs, args.keys, work
        )
        validates = measure_commands(
            [[binary, "validate"] for _, binary in binaries]
            + [[binary, "validate", defs] for _, binary in binaries],
            args.runs,
            work,
        )
        validate_names = [f"{name}, embedded set" for name, _ in binaries] + [
            f"{name}, {args.criteria} criteria" for name, _ in binaries
        ]
        stages_size = os.path.getsize(os.path.join(defs, "stages.yaml"))
        plan_size = os.path.getsize(os.path.join(work, "big-0.plan.yaml"))

        print(f"{'interactive, through a pseudo-terminal':<40} {'median':>8} {'min':>8}  (ms)")
        print(f"  {'harness floor (/bin/echo)':<38} {ms(floor)}")
        for run in runs:
            print(f"{run['name']}")
            print(f"  {'launch to first complete screen':<38} {ms(run['first'])}")
            print(f"  {'arrow key to redrawn screen':<38} {ms(run['key'])}   ({len(run['key'])} keys)")
            print(f"  {'space (tick / status + save) to screen':<38} {ms(run['space'])}")
        print()
        print(f"{'validate (whole process)':<40} {'median':>8} {'min':>8}  (ms)")
        for name, result in zip(validate_names, validates):
            print(f"  {name:<38} {ms(result['times'])}")
        print()
        print(f"{'peak resident memory':<40} {'MiB':>6}")
        for run in runs:
            print(f"  {run['name']:<38} {mb(run['rss'])}")
        for name, result in zip(validate_names, validates):
            print(f"  {'validate, ' + name:<38} {mb(result['rss'])}")
        print()
        for name, binary in binaries:
            size = os.path.getsize(binary)
            print(f"{name} binary: {size / 1024 / 1024:.2f} MiB ({size} bytes)")
        print(f"generated stages.yaml: {stages_size / 1024 / 1024:.2f} MiB, answered plan: {plan_size / 1024:.0f} kB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
