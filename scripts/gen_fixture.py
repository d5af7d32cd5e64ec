#!/usr/bin/env python3
"""Generated definition sets and answered plans for the performance measurement.

Writes the same shapes as benches/support/mod.rs: five files, stage 1 holding N criteria under a
group heading every 25 (every 7th blocking, every 10th with help), stages 2 to 5 one criterion each,
two small questionnaires and one training path.

    scripts/gen_fixture.py DIR N                  write the definitions into DIR
    scripts/gen_fixture.py --answer PLAN N        append answers to all N criteria to a plan
                                                  made by `embarquement init` (no stages yet)
"""

import hashlib
import os
import sys

GROUP_SIZE = 25
STAGE_ID = "etape-1"
# The seal's lines of a plan file (src/plan/integrity.rs).
SEAL_OPENING = "# Plan projet embarquement. La dernière ligne est une somme de contrôle du texte au-dessus."
SEAL_CLOSING = "# fin du plan, sha256:"

OFFER = """kind: offer
version: "bench-1"
title: {fr: "Offre de mesure", en: "Benchmark offer"}
program_contacts:
  - id: adoption
    name: {fr: Équipe adoption, en: Adoption team}
project_roles:
  - id: decisionnaire
    name: {fr: Décisionnaire, en: Decision maker}
    role: decision
hosting_targets:
  - id: a-definir
    name: {fr: À définir, en: To be decided}
"""

PREQUALIFICATION = """kind: questionnaire
id: prequalification
title: {fr: "Trame de préqualification", en: "Pre-qualification form"}
sections:
  - id: contexte
    title: {fr: "Contexte de la demande", en: "Context of the request"}
    questions:
      - id: organisation-application
        kind: text
        label: {fr: "Organisation et application concernée", en: "Organisation and application"}
      - id: type-projet
        kind: choice
        label: {fr: "Type de projet", en: "Project kind"}
        choices:
          - {id: nouveau, label: {fr: Nouveau, en: New}}
          - {id: migration, label: Migration}
      - id: besoin-actuel
        kind: long_text
        label: {fr: "Quel est votre besoin actuel ?", en: "What is your current need?"}
      - id: financement
        kind: yes_no
        label: {fr: "L'application est-elle déjà financée ?", en: "Is the application funded?"}
"""

QUALIFICATION = """kind: questionnaire
id: qualification
title: {fr: "Trame de qualification", en: "Qualification form"}
sections:
  - id: metier
    title: {fr: "Contexte métier", en: "Business context"}
    questions:
      - id: missions
        kind: long_text
        label: {fr: "Quelles missions sont couvertes ?", en: "Which missions are covered?"}
"""

TRAINING = """kind: training
paths:
  - id: qualite
    title: {fr: "Qualité des produits numériques", en: "Quality of digital products"}
    roles: [technique]
    levels:
      - level: 1
        items:
          - id: bases
            title: {fr: "Les bases", en: "The basics"}
"""


def criterion_id(index):
    return f"critere-{index:05d}"


def criterion_title(index):
    """The French title of criterion `index` (1-based), as drawn in the list."""
    return f"Critère {index} : vérification faite et documentée"


def stages_yaml(criteria):
    out = ["kind: stages\nstages:\n"]
    for number in range(1, 6):
        out.append(
            f"  - id: etape-{number}\n    number: {number}\n"
            f'    title: {{fr: "Étape {number} de mesure", en: "Benchmark stage {number}"}}\n'
            f'    short_title: {{fr: "Étape {number}", en: "Stage {number}"}}\n'
            f'    objective: {{fr: "Objectif de l\'étape {number}.", en: "Objective of stage {number}."}}\n'
            "    contacts: {program: [adoption], project: [decisionnaire]}\n"
        )
        if number == 1:
            out.append("    questionnaires: [prequalification]\n")
        elif number == 2:
            out.append("    questionnaires: [qualification]\n")
        out.append("    criteria:\n")
        if number == 1:
            for index in range(1, criteria + 1):
                group = (index - 1) // GROUP_SIZE + 1
                out.append(
                    f"      - id: {criterion_id(index)}\n"
                    f"        group: {{fr: Groupe {group}, en: Group {group}}}\n"
                    f'        title: {{fr: "{criterion_title(index)}", en: "Criterion {index} checked"}}\n'
                )
                if index % 7 == 0:
                    out.append("        blocking: true\n")
                if index % 10 == 0:
                    out.append(
                        f'        help: {{fr: "Comment vérifier le critère {index}.", en: "How to check criterion {index}."}}\n'
                    )
        else:
            out.append(
                "      - id: critere-unique\n"
                f'        title: {{fr: "Critère de l\'étape {number}", en: "Criterion of stage {number}"}}\n'
            )
        out.append(
            f'    go_no_go: {{fr: "Passage de l\'étape {number}.", en: "Go of stage {number}."}}\n'
        )
    return "".join(out)


def write_definitions(directory, criteria):
    os.makedirs(directory, exist_ok=True)
    files = {
        "offer.yaml": OFFER,
        "stages.yaml": stages_yaml(criteria),
        "prequalification.yaml": PREQUALIFICATION,
        "qualification.yaml": QUALIFICATION,
        "training.yaml": TRAINING,
    }
    for name, text in files.items():
        with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
            f.write(text)


def answer_plan(plan_path, criteria):
    """Appends a record for every criterion of stage 1 (ok, ko, na in turn; a note on every fifth)."""
    statuses = ("ok", "ko", "na")
    out = [f"stages:\n  {STAGE_ID}:\n    criteria:\n"]
    for index in range(criteria):
        out.append(f"      {criterion_id(index + 1)}:\n        status: {statuses[index % 3]}\n")
        if index % 5 == 0:
            out.append(f"        note: Vérifié en entretien, point {index}.\n")
    with open(plan_path, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("# ")]
    with open(plan_path, "w", encoding="utf-8") as f:
        f.write(seal("".join(lines) + "".join(out)))


def seal(yaml):
    """The plan's text between its seal's lines, as the program writes it (src/plan/integrity.rs)."""
    text = SEAL_OPENING + "\n" + yaml
    checksum = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return f"{text}{SEAL_CLOSING}{checksum}\n"


def main(argv):
    if len(argv) == 4 and argv[1] == "--answer":
        answer_plan(argv[2], int(argv[3]))
    elif len(argv) == 3:
        write_definitions(argv[1], int(argv[2]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
