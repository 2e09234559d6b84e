#!/usr/bin/env python3
"""Checks every NLS message bundle (messages*.properties, plugin*.properties) of the bundles:
- the Spanish and Italian files exist and have exactly the keys of the English one;
- apostrophes are doubled in messages filled in with NLS.bind (a single one starts a quoted, unfilled part)
  and single in messages shown as they are.
Run by 'releng/carebench test'; exits 1 with one line per problem."""
import os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
problems = []


def read(path):
    text = open(path, encoding="latin-1").read().replace("\\\n", "")
    entries = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        entries[key.strip()] = value
    return entries


for bundle in sorted(os.listdir(os.path.join(ROOT, "bundles"))):
    base = os.path.join(ROOT, "bundles", bundle)
    sources = os.path.join(base, "src")
    bound = set()
    if os.path.isdir(sources):
        code = subprocess.run(["grep", "-rhoE", r"NLS\.bind\(Messages\.\w+", sources],
                              capture_output=True, text=True).stdout
        bound = {m.split(".")[-1] for m in code.split()}
    for folder, _, files in os.walk(base):
        if "/target" in folder or "/bin" in folder:
            continue
        for name in files:
            match = re.fullmatch(r"(messages|plugin)\.properties", name)
            if not match:
                continue
            english = read(os.path.join(folder, name))
            for language in ("es", "it"):
                translated_path = os.path.join(folder, f"{match.group(1)}_{language}.properties")
                if not os.path.exists(translated_path):
                    problems.append(f"{translated_path}: missing")
                    continue
                translated = read(translated_path)
                for key in sorted(set(english) - set(translated)):
                    problems.append(f"{translated_path}: no {key}")
                for key in sorted(set(translated) - set(english)):
                    problems.append(f"{translated_path}: {key} is not in the English file")
            if match.group(1) != "messages":
                continue
            for language_file in [name, "messages_es.properties", "messages_it.properties"]:
                path = os.path.join(folder, language_file)
                if not os.path.exists(path):
                    continue
                for key, value in read(path).items():
                    single = re.search(r"(?<!')'(?!')", value)
                    if key in bound and single:
                        problems.append(f"{path}: {key} is filled with NLS.bind: double its apostrophes")
                    if key not in bound and "''" in value:
                        problems.append(f"{path}: {key} is shown as it is: its apostrophes must be single")

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
