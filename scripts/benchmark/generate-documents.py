#!/usr/bin/env python3
"""Writes COUNT synthetic exercise documents into FOLDER for the wlog benchmark.

The documents follow the reference shape (front matter, Setup, Execution, tips, mistakes,
benefits, a closing paragraph, then a how-to part) and carry the variations the importer
accepts: `<movement>_<equipment>.md` file names, bold headings, `**Label:**` leads, CRLF line
endings, a byte-order mark and mojibake. The text is made of generated phrases, deterministic
for a given COUNT.
"""
import os
import random
import sys

MOVEMENTS = ["squat", "press", "row", "curl", "raise", "lunge", "pull", "push", "hinge", "carry",
             "fly", "extension", "crunch", "twist", "bridge", "thrust", "dip", "shrug", "step", "swing"]
QUALIFIERS = ["incline", "decline", "seated", "standing", "kneeling", "paused", "tempo", "single arm",
              "single leg", "wide grip", "close grip", "reverse", "deficit", "box", "landmine", "split"]
EQUIPMENT = ["barbell", "dumbbell", "kettlebell", "cable", "machine", "body weight", "bands", "ez bar"]
MUSCLES = ["abdominals", "biceps", "calves", "chest", "forearms", "glutes", "hamstrings", "lats",
           "lower back", "middle back", "quadriceps", "shoulders", "traps", "triceps"]
WORDS = ("keep the spine neutral brace the trunk drive through the whole foot lower under control "
         "pause briefly at the bottom breathe out on the way up squeeze at the top stay tall move "
         "slowly track the knees over the toes keep the elbows tucked hold the bar firmly").split()


def sentence(rng, low=8, high=18):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def label(rng):
    return " ".join(w.capitalize() for w in rng.sample(WORDS, rng.randint(1, 3)))


def document(index, rng):
    qualifier = rng.choice(QUALIFIERS)
    movement = rng.choice(MOVEMENTS)
    equipment = rng.choice(EQUIPMENT)
    name = f"{qualifier} {movement} {index}".title()
    variant = index % 5
    bold = variant == 1
    colon_inside = variant == 2

    def heading(text):
        return f"**{text}:**" if bold else f"### {text}"

    def item(marker, rng):
        lead = label(rng)
        return f"{marker} **{lead}:** {sentence(rng)}" if colon_inside else f"{marker} **{lead}**: {sentence(rng)}"

    description = f"Train with the {equipment.title()} {name} using {sentence(rng, 6, 10).lower()}"
    if variant == 4:
        description = description.replace("using", "using don\u00e2\u20ac\u2122t")
    lines = ["---"]
    if variant != 3:
        lines.append(f'name: "{name}"')
    lines += [f'description: "{description}"', f"equipment: {equipment}",
              f"muscles: [{', '.join(rng.sample(MUSCLES, 2))}]", f"secondary_muscles: [{rng.choice(MUSCLES)}]",
              "category: strength", "---", ""]
    lines += [heading("Setup")] + [item(f"{n}.", rng) for n in range(1, 3)] + [""]
    lines += [heading("Execution")] + [item(f"{n}.", rng) for n in range(1, rng.randint(4, 7))] + [""]
    lines += [heading("Tips for Proper Form")] + [item("-", rng) for _ in range(3)] + [""]
    lines += [heading("Common Mistakes")] + [item("-", rng) for _ in range(2)] + [""]
    lines += [heading("Benefits")] + [f"- {sentence(rng)}" for _ in range(2)] + [""]
    lines += [sentence(rng), "", "<!-- howto -->", ""]
    for _ in range(rng.randint(3, 5)):
        lines += [f"### {label(rng)}", f"{sentence(rng)} {sentence(rng)}", ""]
    text = "\n".join(lines)
    if variant == 3:
        file_name = f"{qualifier.replace(' ', '')}{movement}{index}_{equipment.replace(' ', '')}.md"
    else:
        file_name = f"doc-{index:05d}.md"
    data = text.encode("utf-8")
    if variant == 2:
        data = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    return file_name, data


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: generate-documents.py COUNT FOLDER")
    count, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(count)
    for index in range(count):
        file_name, data = document(index, rng)
        with open(os.path.join(folder, file_name), "wb") as handle:
            handle.write(data)


if __name__ == "__main__":
    main()
