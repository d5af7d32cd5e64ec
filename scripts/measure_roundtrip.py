#!/usr/bin/env python3
"""Times `embarquement diff` and `embarquement merge` as whole processes on two fully answered plans.

A plan answering every criterion and question of the embedded definitions (notes on both sides,
decisions, training, members, sessions: about 20 KB) is written, then two versions of it, each
changing other fields (statuses, answers, notes, a decision, a session). Each command runs N times
(default 50) after two warm-up runs; the median and the minimum are printed, in milliseconds.

    scripts/measure_roundtrip.py [--bin target/release/embarquement] [--runs 50]
"""

import argparse
import copy
import pathlib
import statistics
import subprocess
import tempfile
import time

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFS = ROOT / "questionnaires"


def load(name):
    with open(DEFS / name, encoding="utf-8") as f:
        return yaml.safe_load(f)


def answer(question, n):
    kind = question["kind"]
    choices = [c["id"] for c in question.get("choices", [])]
    if question.get("choices_from") == "hosting_targets":
        choices = [t["id"] for t in load("offer.yaml")["hosting_targets"]]
    if kind == "choice":
        return choices[n % len(choices)]
    if kind == "multi_choice":
        return choices[: 1 + n % len(choices)]
    if kind == "yes_no":
        return n % 2 == 0
    if kind == "number":
        return 10 + n
    if kind == "date":
        return f"2026-12-{1 + n % 28:02d}"
    return f"Réponse {n} : une phrase ou deux sur le projet, ses équipes et ses contraintes."


def full_plan():
    stages = load("stages.yaml")["stages"]
    questionnaires = {}
    for name in ("prequalification.yaml", "qualification.yaml"):
        q = load(name)
        questionnaires[q["id"]] = q
    statuses = ["ok", "ko", "na", "ok"]
    plan_stages = {}
    n = 0
    for stage in stages:
        criteria = {}
        for c in stage["criteria"]:
            n += 1
            criteria[c["id"]] = {
                "status": statuses[n % 4],
                "note": f"Note de l'équipe sur {c['id']} : où nous en sommes, ce qui manque, qui s'en charge.",
                "interviewer_note": f"Vu en entretien ({n}).",
            }
        answers = {}
        for qid in stage.get("questionnaires", []):
            for section in questionnaires[qid]["sections"]:
                for q in section["questions"]:
                    n += 1
                    answers[q["id"]] = {
                        "value": answer(q, n),
                        "note": f"Précision {n} : d'où vient la réponse, ce qui reste à confirmer.",
                        "interviewer_note": "Confirmé en entretien.",
                    }
        record = {"criteria": criteria}
        if answers:
            record["answers"] = answers
        if stage["number"] <= 2:
            go = {"status": "go", "name": "Claire Dubois", "date": "2026-11-22", "rationale": "Prêts."}
            record["decisions"] = {side: dict(go) for side in ("project_team", "service_team")}
        plan_stages[stage["id"]] = record
    training = load("training.yaml")
    items = {
        path["id"]: {item["id"]: True for level in path["levels"] for item in level["items"][:2]}
        for path in training["paths"]
    }
    sessions = [
        {
            "kind": kind,
            "date": f"2026-11-{10 + i:02d}",
            "start": "14:00",
            "end": "15:30",
            "participants": [
                {"name": "Claire Dubois", "side": "project_team"},
                {"name": "Léa Martin", "side": "service_team"},
            ],
            "minutes": "Compte rendu de la séance : points vus, décisions, suites.",
            "actions": [{"what": "Envoyer le dossier d'architecture", "who": "Claire Dubois", "due": "2026-12-15"}],
        }
        for i, kind in enumerate(["prequalification", "qualification", "review"])
    ]
    return {
        "format": "embarquement-plan/2",
        "definitions": {"source": "embedded", "version": load("offer.yaml")["version"], "digest": "sha256:" + "0" * 64},
        "project": {"name": "GED Préfecture", "organisation": "Préfecture — SIDSIC",
                    "contacts": [{"role": "decisionnaire", "name": "Nadia Benali", "email": "nadia@example.org"}]},
        "current_stage": 2,
        "stages": plan_stages,
        "training": items,
        "members": [{"name": "Karim Haddad", "role": "technique", "training": copy.deepcopy(items)}],
        "sessions": sessions,
    }


def changed(plan, side):
    plan = copy.deepcopy(plan)
    stages = list(plan["stages"].values())
    for i, stage in enumerate(stages):
        for j, record in enumerate(stage["criteria"].values()):
            if (i + j) % 2 == side:
                record["note"] += f" Changé par la version {side}."
    if side == 0:
        plan["project"]["name"] = "GED Préfecture du Nord"
        plan["sessions"][2]["minutes"] += " Ajout de l'équipe."
    else:
        stages[1]["decisions"]["service_team"]["status"] = "no_go"
        plan["sessions"][2]["participants"].append({"name": "Inès Roy", "side": "service_team"})
    return plan


def timed(command, runs):
    for _ in range(2):
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=str(ROOT / "target/release/embarquement"))
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        base = full_plan()
        files = {}
        for name, plan in (("base", base), ("ours", changed(base, 0)), ("theirs", changed(base, 1))):
            raw = tmp / f"{name}.raw.yaml"
            raw.write_text(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8")
            files[name] = tmp / f"{name}.plan.yaml"
            # Through the program once: the plan as it writes plans (sealed, its own layout).
            subprocess.run([args.bin, "merge", raw, raw, raw, "-o", files[name]], check=True,
                           stderr=subprocess.DEVNULL)
        sizes = ", ".join(f"{n} {files[n].stat().st_size / 1024:.1f} KiB" for n in files)
        print(f"plans: {sizes}")
        out = tmp / "merged.plan.yaml"
        out.write_bytes(files["ours"].read_bytes())
        diff = timed([args.bin, "diff", files["base"], files["ours"]], args.runs)
        merge = timed([args.bin, "merge", files["base"], files["ours"], files["theirs"], "-o", out], args.runs)
        status = timed([args.bin, "status", files["base"]], args.runs)
        print(f"diff   median {diff[0]:.2f} ms (min {diff[1]:.2f})")
        print(f"merge  median {merge[0]:.2f} ms (min {merge[1]:.2f})")
        shm = pathlib.Path("/dev/shm")
        if shm.is_dir():
            # The same merge written to memory (tmpfs): what the two fsyncs of the write cost.
            with tempfile.TemporaryDirectory(dir=shm) as memory:
                out = pathlib.Path(memory) / "merged.plan.yaml"
                out.write_bytes(files["ours"].read_bytes())
                command = [args.bin, "merge", files["base"], files["ours"], files["theirs"], "-o", out]
                merge = timed(command, args.runs)
                print(f"merge to tmpfs  median {merge[0]:.2f} ms (min {merge[1]:.2f})")
        print(f"status median {status[0]:.2f} ms (min {status[1]:.2f})  (the floor: one plan read, definitions loaded)")


if __name__ == "__main__":
    main()
