# return inside try/finally nested in loops; the finally of every level runs.
def search(grid, target):
    for r, row in enumerate(grid):
        try:
            for c, v in enumerate(row):
                try:
                    if v == target:
                        return (r, c)
                finally:
                    print 'checked', v
        finally:
            print 'row', r, 'done'
    return None

print search([[1, 2], [3, 4]], 3)
print search([[5]], 9)
# expect: checked 1
# expect: checked 2
# expect: row 0 done
# expect: checked 3
# expect: row 1 done
# expect: (1, 0)
# expect: checked 5
# expect: row 0 done
# expect: None
