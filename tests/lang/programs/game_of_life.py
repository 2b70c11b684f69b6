# Conway's Game of Life on a small torus, with a glider and a blinker, using sets of cells.
class Life(object):
    def __init__(self, width, height, cells):
        self.width = width
        self.height = height
        self.cells = set(cells)
        self.generation = 0

    def neighbours(self, cell):
        x, y = cell
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    yield ((x + dx) % self.width, (y + dy) % self.height)

    def step(self):
        counts = {}
        for cell in self.cells:
            for n in self.neighbours(cell):
                counts[n] = counts.get(n, 0) + 1
        new = set()
        for cell, c in counts.items():
            if c == 3 or (c == 2 and cell in self.cells):
                new.add(cell)
        self.cells = new
        self.generation += 1

    def __str__(self):
        rows = []
        for y in range(self.height):
            rows.append(''.join(['#' if (x, y) in self.cells else '.'
                                 for x in range(self.width)]))
        return '\n'.join(rows)

    def __len__(self):
        return len(self.cells)

    def bounding_box(self):
        if not self.cells:
            return None
        xs = [x for x, y in self.cells]
        ys = [y for x, y in self.cells]
        return min(xs), min(ys), max(xs), max(ys)


def parse(pattern, ox=0, oy=0):
    cells = []
    for y, line in enumerate(pattern.strip().split('\n')):
        for x, ch in enumerate(line.strip()):
            if ch == '#':
                cells.append((x + ox, y + oy))
    return cells

GLIDER = """
.#.
..#
###
"""
BLINKER = "###"
world = Life(10, 8, parse(GLIDER) + parse(BLINKER, 6, 5))
print world
for gen in range(4):
    world.step()
    print 'generation', world.generation, 'alive', len(world), world.bounding_box()
print world
seen = {}
w = Life(6, 6, parse(BLINKER, 1, 2))
while frozenset(w.cells) not in seen:
    seen[frozenset(w.cells)] = w.generation
    w.step()
print 'blinker period', w.generation - seen[frozenset(w.cells)]
empty = Life(3, 3, [(0, 0)])
empty.step()
print len(empty), empty.bounding_box()
# expect: .#........
# expect: ..#.......
# expect: ###.......
# expect: ..........
# expect: ..........
# expect: ......###.
# expect: ..........
# expect: ..........
# expect: generation 1 alive 8 (0, 1, 7, 6)
# expect: generation 2 alive 8 (0, 1, 8, 5)
# expect: generation 3 alive 8 (1, 1, 7, 6)
# expect: generation 4 alive 8 (1, 1, 8, 5)
# expect: ..........
# expect: ..#.......
# expect: ...#......
# expect: .###......
# expect: ..........
# expect: ......###.
# expect: ..........
# expect: ..........
# expect: blinker period 2
# expect: 0 None
