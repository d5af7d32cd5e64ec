#!/usr/bin/env python3
"""Generated plans for `embarquement portfolio`, and the time and peak memory of the whole process.

Each plan answers every criterion and question of the embedded definitions (questionnaires/), with
notes, both sides' decisions on the first stages and a few sessions, sealed as the program writes
them: about 12 KB, varied from plan to plan (names, statuses, stage reached, dates).

    scripts/portfolio_bench.py --write DIR N      write N plans into DIR
    scripts/portfolio_bench.py BINARY [--runs R]
                                                  time BINARY portfolio on 10, 100 and 1,000 plans

Needs Python 3 with PyYAML, and GNU time (/usr/bin/time -v) for the peak memory.
"""

import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_fixture import seal  # noqa: E402  (the seal's lines, as src/plan/integrity.rs writes them)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIZES = (10, 100, 1000)
NOTE = (
    "Vu en entretien avec l'équipe ; les éléments sont dans le dossier partagé du projet. "
    "Reste à confirmer le calendrier avec la direction et l'équipe d'exploitation."
)


def definitions():
    """The stages with their criteria, and each stage's questions (id, kind, choice ids)."""
    folder = os.path.join(ROOT, "questionnaires")
    stages = yaml.safe_load(open(os.path.join(folder, "stages.yaml"), encoding="utf-8"))["stages"]
    questionnaires = {}
    for name in ("prequalification", "qualification"):
        q = yaml.safe_load(open(os.path.join(folder, name + ".yaml"), encoding="utf-8"))
        questionnaires[q["id"]] = [
            (question["id"], question["kind"], [c["id"] for c in question.get("choices", [])])
            for section in q["sections"]
            for question in section["questions"]
        ]
    return [
        (
            stage["id"],
            [c["id"] for c in stage["criteria"]],
            [q for name in stage.get("questionnaires", []) for q in questionnaires.get(name, [])],
        )
        for stage in stages
    ]


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def value(kind, choices, rng):
    if kind == "yes_no":
        return rng.choice(["true", "false"])
    if kind == "number":
        return str(rng.randint(1, 500))
    if kind == "date":
        return "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    if kind == "choice":
        return choices[rng.randrange(len(choices))] if choices else "a-definir"
    if kind == "multi_choice":
        return "[" + ", ".join(choices[: rng.randint(1, max(1, len(choices)))]) + "]"
    return quoted("Réponse %d : %s" % (rng.randint(1, 999), NOTE[: rng.randint(40, 120)]))


def plan_text(n, stages, rng):
    """The YAML of plan number `n`."""
    reached = rng.randint(1, len(stages))
    day = lambda: "2026-%02d-%02d" % (rng.randint(1, 11), rng.randint(1, 28))
    out = [
        "format: embarquement-plan/2",
        "definitions:",
        "  source: embedded",
        "  version: '2026.10'",
        "  digest: sha256:" + "0" * 64,
        "project:",
        "  name: %s" % quoted("Projet %04d — application %s" % (n, rng.choice("ABCDEFGH"))),
        "  organisation: %s" % quoted("Ministère %d — direction %d" % (rng.randint(1, 12), n % 40)),
        "  contacts:",
        "  - role: decisionnaire",
        "    name: %s" % quoted("Décideur %d" % n),
        "    email: decideur%d@exemple.gouv.fr" % n,
        "current_stage: %d" % reached,
        "stages:",
    ]
    for index, (stage_id, criteria, questions) in enumerate(stages):
        out.append("  %s:" % stage_id)
        out.append("    criteria:")
        for criterion in criteria:
            out.append("      %s:" % criterion)
            out.append("        status: %s" % rng.choice(["ok", "ok", "ok", "na", "ko", "todo"]))
            if rng.random() < 0.6:
                out.append("        note: %s" % quoted(NOTE[: rng.randint(40, 120)]))
            out.append("        entered_by: %s" % rng.choice(["project_team", "service_team"]))
            out.append("        entered_on: %s" % day())
        if questions:
            out.append("    answers:")
            for question, kind, choices in questions:
                out.append("      %s:" % question)
                out.append("        value: %s" % value(kind, choices, rng))
                if rng.random() < 0.5:
                    out.append("        note: %s" % quoted(NOTE[: rng.randint(30, 90)]))
        if index < reached:
            service = "go" if index + 1 < reached else rng.choice(["pending", "no_go"])
            out.append("    decisions:")
            out.append("      project_team:")
            out.append("        status: go")
            out.append("        name: %s" % quoted("Cheffe de projet %d" % n))
            out.append("        date: %s" % day())
            if service != "pending":
                out.append("      service_team:")
                out.append("        status: %s" % service)
                out.append("        name: Équipe adoption")
                out.append("        date: %s" % day())
                out.append("        rationale: %s" % quoted(NOTE[:80]))
    out.append("sessions:")
    for _ in range(rng.randint(2, 4)):
        out.append("- kind: prequalification")
        out.append("  date: %s" % day())
        out.append("  participants:")
        out.append("  - name: %s" % quoted("Participant %d" % rng.randint(1, 99)))
        out.append("    side: service_team")
        out.append("  minutes: %s" % quoted(NOTE))
    return seal("\n".join(out) + "\n")


def write(directory, count):
    stages = definitions()
    os.makedirs(directory, exist_ok=True)
    for n in range(count):
        path = os.path.join(directory, "projet-%04d.plan.yaml" % n)
        with open(path, "w", encoding="utf-8") as f:
            f.write(plan_text(n, stages, random.Random(n)))


def measure(binary, directory, runs):
    """Median wall time and CPU time (s), and the largest peak memory (MB), of
    `portfolio DIR --format html`. On a busy machine the wall time waits for the cores; the CPU time
    (user + system, all threads) is the work itself."""
    walls, cpus, peaks = [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-v", binary, "portfolio", directory, "--format", "html"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=True,
        )
        walls.append(time.perf_counter() - started)
        peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
        peaks.append(int(peak.group(1)) / 1024)
        seconds = lambda what: float(re.search(what + r" time \(seconds\): ([\d.]+)", done.stderr).group(1))
        cpus.append(seconds("User") + seconds("System"))
    return statistics.median(walls), statistics.median(cpus), max(peaks)


def main(argv):
    if len(argv) == 3 and argv[0] == "--write":
        write(argv[1], int(argv[2]))
        return 0
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    binary = os.path.abspath(argv[0])
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    with tempfile.TemporaryDirectory(prefix="portfolio-bench-") as root:
        load = os.getloadavg()[0]
        print("load average before: %.1f on %d cores" % (load, os.cpu_count()))
        print("| plans | total size | wall time (median of %d) | CPU time | CPU per plan | peak memory |" % runs)
        print("| ---: | ---: | ---: | ---: | ---: | ---: |")
        for count in SIZES:
            directory = os.path.join(root, str(count))
            write(directory, count)
            size = sum(os.path.getsize(os.path.join(directory, f)) for f in os.listdir(directory))
            wall, cpu, peak = measure(binary, directory, runs)
            print(
                "| %d | %.1f MB | %.0f ms | %.0f ms | %.2f ms | %.0f MB |"
                % (count, size / 1e6, wall * 1000, cpu * 1000, cpu * 1000 / count, peak)
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
