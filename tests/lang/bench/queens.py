# N-queens: count solutions and show the first one for 6 and 8 queens.
def solve(n):
    solutions = []
    cols = [0] * n
    def place(row, used_cols, diag1, diag2):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols[row] = c
            used_cols.append(c)
            diag1.append(row + c)
            diag2.append(row - c)
            place(row + 1, used_cols, diag1, diag2)
            used_cols.pop()
            diag1.pop()
            diag2.pop()
    place(0, [], [], [])
    return solutions

for n in [4, 6, 8]:
    sols = solve(n)
    print n, 'queens:', len(sols), 'solutions'
    first = sols[0]
    for r in range(n):
        print ' '.join(['Q' if first[r] == c else '.' for c in range(n)])
# expect: 4 queens: 2 solutions
# expect: . Q . .
# expect: . . . Q
# expect: Q . . .
# expect: . . Q .
# expect: 6 queens: 4 solutions
# expect: . Q . . . .
# expect: . . . Q . .
# expect: . . . . . Q
# expect: Q . . . . .
# expect: . . Q . . .
# expect: . . . . Q .
# expect: 8 queens: 92 solutions
# expect: Q . . . . . . .
# expect: . . . . Q . . .
# expect: . . . . . . . Q
# expect: . . . . . Q . .
# expect: . . Q . . . . .
# expect: . . . . . . Q .
# expect: . Q . . . . . .
# expect: . . . Q . . . .
