#!/usr/bin/env python3
"""Lists the import circles between the modules of src/: two modules that use each other, and any
longer loop, test code left out. A module using its parent or a child is not a circle (a parent
lists its children). Exit code 1 when there is one. Usage: scripts/import_circles.py [SRC_DIR]"""
import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'src')


def modules(root):
    """Every module path (a tuple of names) and its file."""
    found = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if not name.endswith('.rs'):
                continue
            path = os.path.join(folder, name)
            parts = os.path.relpath(path, root)[:-3].split(os.sep)
            if parts[-1] in ('mod', 'lib', 'main'):
                parts = parts[:-1]
            found[tuple(parts)] = path
    return found


def is_test(module):
    return bool(module) and (module[-1] in ('tests', 'test_support') or module[-1].endswith('_tests'))


def without_tests(text):
    """The text without its `#[cfg(test)] mod … { … }` blocks and comments."""
    text = re.sub(r'//[^\n]*', '', text)
    kept, at = [], 0
    for block in re.finditer(r'#\[cfg\((?:all\()?test[^\]]*\]\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+\w+\s*\{', text):
        if block.start() < at:
            continue
        kept.append(text[at:block.start()])
        depth, at = 1, block.end()
        while depth and at < len(text):
            depth += {'{': 1, '}': -1}.get(text[at], 0)
            at += 1
    kept.append(text[at:])
    return ''.join(kept)


def paths(text):
    """Every `crate::…`, `super::…`, `self::…` path of the text, `use` groups expanded."""
    found = set()
    for use in re.finditer(r'\buse\s+([^;]+);', text):
        body = re.sub(r'\s+', '', use.group(1))
        group = re.match(r'^((?:\w+::)*)\{(.*)\}$', body)
        if not group:
            found.add(re.sub(r'::\{.*', '', body))
            continue
        depth, item, items = 0, '', []
        for ch in group.group(2):
            depth += {'{': 1, '}': -1}.get(ch, 0)
            if ch == ',' and depth == 0:
                items.append(item)
                item = ''
            else:
                item += ch
        items.append(item)
        found.update(group.group(1) + re.sub(r'\{.*', '', i).split(' as ')[0] for i in items)
    found.update(m.group(1) for m in re.finditer(r'\b((?:crate|super|self)(?:::\w+)+)', text))
    return found


def resolve(current, path, known):
    """The module a path points into (the longest known prefix), or None outside the crate."""
    parts = path.split('::')
    if parts[0] == 'crate':
        base, parts = [], parts[1:]
    elif parts[0] == 'self':
        base, parts = list(current), parts[1:]
    elif parts[0] == 'super':
        base = list(current)
        while parts and parts[0] == 'super':
            base, parts = base[:-1], parts[1:]
    else:
        return None
    for length in range(len(parts), -1, -1):
        candidate = tuple(base + parts[:length])
        if candidate in known:
            return candidate
    return None


def nested(a, b):
    return a == b[:len(a)] or b == a[:len(b)]


def main():
    known = modules(ROOT)
    uses = {}
    for module, path in known.items():
        if is_test(module):
            continue
        for used in paths(without_tests(open(path, encoding='utf-8').read())):
            target = resolve(module, used, known)
            if target is not None and not nested(module, target) and not is_test(target):
                uses.setdefault(module, set()).add(target)
    # Strongly connected components (Tarjan): each with more than one module is a circle.
    index, low, stack, on_stack, circles = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in uses.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    sys.setrecursionlimit(10000)
    for module in sorted(known):
        if module not in index:
            visit(module)
    name = lambda m: '::'.join(m) or 'crate'
    for component in sorted(circles):
        members = set(component)
        pairs = [f'{name(a)} -> {name(b)}' for a in component for b in sorted(uses.get(a, ())) if b in members]
        print(f'circle: {", ".join(map(name, component))}\n  ' + '\n  '.join(pairs))
    edges = sum(len(t) for t in uses.values())
    print(f'{len(known)} modules, {edges} uses between them, {len(circles)} circle(s)')
    return 1 if circles else 0


if __name__ == '__main__':
    sys.exit(main())
