#!/usr/bin/env python3
"""Checks the NL fragments (bundles/org.carebench.nl.*) against the English texts of their hosts.

For every fragment: the host is its Fragment-Host; the host's jar is found in the local Maven repository by that
artifactId and the version target-platform/carebench.target names. For every *_es / *_it properties file:
- the file is pure ASCII (non-ASCII characters written as \\uXXXX escapes: hosts read it as ISO-8859-1);
- every key exists in the host's English file (same path and name without the _es/_it suffix);
- the {n} placeholders match the English ones;
- a mnemonic (&) is kept where the English text has one, and not added where it has none;
- apostrophes: doubled ('') in texts that are filled in by NLS.bind/MessageFormat (the English text has {n} or ''),
  single in texts shown as they are.
Prints the coverage of every file (keys translated / keys of the English file, and how many of them read the same
as the English). Exits 1 with one line per problem.

Usage: check-nl-fragments.py [--repo <local Maven repository>]   (default: ~/.m2/repository)"""
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGUAGES = ("es", "it")
PLACEHOLDER = re.compile(r"\{(\d+)\}")

# Keys whose translation may leave out a placeholder of the English text, and why.
PLACEHOLDER_EXCEPTIONS = {
    ("org.carebench.nl.jface", "org/eclipse/jface/messages_it.properties", "ExpandableNode.showRemaining"):
        "{1} is the English plural 's'; Italian says 'Mostra gli elementi rimanenti ({0})' instead",
}


def parse_properties(text):
    """Key -> value, as java.util.Properties reads them (continuation lines, escapes)."""
    entries = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].lstrip(" \t\f")
        i += 1
        if not line or line[0] in "#!":
            continue
        while (len(line) - len(line.rstrip("\\"))) % 2 == 1:
            line = line[:-1] + (lines[i].lstrip(" \t\f") if i < len(lines) else "")
            i += 1
        j = 0
        key = []
        while j < len(line) and line[j] not in "=: \t\f":
            if line[j] == "\\" and j + 1 < len(line):
                key.append(line[j:j + 2])
                j += 2
            else:
                key.append(line[j])
                j += 1
        while j < len(line) and line[j] in " \t\f":
            j += 1
        if j < len(line) and line[j] in "=:":
            j += 1
        while j < len(line) and line[j] in " \t\f":
            j += 1
        entries[unescape("".join(key))] = unescape(line[j:])
    return entries


def unescape(text):
    out = []
    j = 0
    while j < len(text):
        c = text[j]
        if c == "\\" and j + 1 < len(text):
            n = text[j + 1]
            if n == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[j + 2:j + 6]):
                out.append(chr(int(text[j + 2:j + 6], 16)))
                j += 6
                continue
            out.append({"n": "\n", "t": "\t", "r": "\r", "f": "\f"}.get(n, n))
            j += 2
            continue
        out.append(c)
        j += 1
    return "".join(out)


def manifest_header(path, name):
    text = open(path, encoding="utf-8").read().replace("\n ", "")
    match = re.search(r"^%s:\s*(.+)$" % re.escape(name), text, re.MULTILINE)
    return match.group(1).strip() if match else None


def target_artifacts():
    """artifactId -> (groupId, version) from the target definition."""
    text = open(os.path.join(ROOT, "target-platform", "carebench.target"), encoding="utf-8").read()
    artifacts = {}
    for dependency in re.findall(r"<dependency>(.*?)</dependency>", text, re.DOTALL):
        group = re.search(r"<groupId>([^<]+)</groupId>", dependency)
        artifact = re.search(r"<artifactId>([^<]+)</artifactId>", dependency)
        version = re.search(r"<version>([^<]+)</version>", dependency)
        if group and artifact and version:
            artifacts[artifact.group(1).strip()] = (group.group(1).strip(), version.group(1).strip())
    return artifacts


def mnemonic(text):
    return "&" in text.replace("&&", "")


def lone_apostrophe(text):
    return re.search(r"(?<!')'(?!')", text) is not None


def main():
    repo = os.path.expanduser("~/.m2/repository")
    if len(sys.argv) == 3 and sys.argv[1] == "--repo":
        repo = sys.argv[2]
    elif len(sys.argv) != 1:
        sys.exit(__doc__)
    artifacts = target_artifacts()
    problems = []
    bundles = os.path.join(ROOT, "bundles")
    fragments = sorted(name for name in os.listdir(bundles) if name.startswith("org.carebench.nl."))
    if not fragments:
        problems.append("no NL fragments found under bundles/")
    for fragment in fragments:
        base = os.path.join(bundles, fragment)
        manifest = os.path.join(base, "META-INF", "MANIFEST.MF")
        host_header = manifest_header(manifest, "Fragment-Host")
        if not host_header:
            problems.append(f"{fragment}: no Fragment-Host")
            continue
        host = host_header.split(";")[0].strip()
        if host not in artifacts:
            problems.append(f"{fragment}: host {host} is not in target-platform/carebench.target")
            continue
        group, version = artifacts[host]
        jar_path = os.path.join(repo, *group.split("."), host, version, f"{host}-{version}.jar")
        if not os.path.exists(jar_path):
            problems.append(f"{fragment}: host jar not found: {jar_path}")
            continue
        print(f"{fragment} (host {host} {version})")
        jar = zipfile.ZipFile(jar_path)
        translated_files = []
        for folder, dirs, files in os.walk(base):
            dirs[:] = [d for d in dirs if d not in ("META-INF", "target", "bin")]
            for name in files:
                if re.fullmatch(r".+_(%s)\.properties" % "|".join(LANGUAGES), name):
                    translated_files.append(os.path.relpath(os.path.join(folder, name), base))
        if not translated_files:
            problems.append(f"{fragment}: no translated files")
        english_paths = set()
        for relative in sorted(translated_files):
            match = re.fullmatch(r"(.+)_(%s)\.properties" % "|".join(LANGUAGES), relative)
            english_path = match.group(1) + ".properties"
            english_paths.add(english_path)
            where = f"{fragment}/{relative}"
            try:
                english = parse_properties(jar.read(english_path).decode("latin-1"))
            except KeyError:
                problems.append(f"{where}: the host has no {english_path}")
                continue
            data = open(os.path.join(base, relative), "rb").read()
            if any(byte > 127 for byte in data):
                problems.append(f"{where}: not pure ASCII (write non-ASCII characters as \\uXXXX escapes)")
            translated = parse_properties(data.decode("latin-1"))
            same = 0
            for key, value in translated.items():
                if key not in english:
                    problems.append(f"{where}: {key} is not in the host's {english_path}")
                    continue
                source = english[key]
                if value == source:
                    same += 1
                if not value.strip() and source.strip():
                    problems.append(f"{where}: {key} is empty")
                expected = sorted(set(PLACEHOLDER.findall(source)))
                found = sorted(set(PLACEHOLDER.findall(value)))
                if found != expected and (fragment, relative.replace(os.sep, "/"), key) not in PLACEHOLDER_EXCEPTIONS:
                    problems.append(f"{where}: {key} has placeholders {found}, the English text {expected}")
                if mnemonic(source) != mnemonic(value):
                    problems.append(f"{where}: {key}: mnemonic (&) "
                                    + ("missing" if mnemonic(source) else "not in the English text"))
                bound = bool(PLACEHOLDER.search(source)) or "''" in source
                if bound and lone_apostrophe(value):
                    problems.append(f"{where}: {key} is filled in by NLS.bind/MessageFormat: double its apostrophes")
                if not bound and "''" in value and "''" not in source:
                    problems.append(f"{where}: {key} is shown as it is: write single apostrophes")
            total = len(english)
            count = sum(1 for key in translated if key in english)
            print(f"  {relative:<72} {count:>4}/{total:<4} ({100 * count // total if total else 0:>3}%)"
                  f"  same as English: {same}")
        for english_path in sorted(english_paths):
            for language in LANGUAGES:
                wanted = english_path[:-len(".properties")] + f"_{language}.properties"
                if not os.path.exists(os.path.join(base, wanted)):
                    problems.append(f"{fragment}: {wanted} missing (the other language has it)")
    if problems:
        print()
        print("\n".join(problems))
        sys.exit(1)
    print("\nAll NL fragments are consistent with their hosts.")


if __name__ == "__main__":
    main()
