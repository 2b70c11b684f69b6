# jit-backend-counts counts in the machine code: every entry into a trace, however it
# comes (driver, a bridge's jump(descr=<LoopN>), a parent's exit stub), and with the
# category on every pass through a loop's label. exits: counts only the returns to the
# interpreter, so it stays small although the bridges run thousands of times.
# jit: threshold=20,trace_eagerness=10
# pypylog: jit-log-opt,jit-summary,jit-backend-counts
# log-contains: # Loop 1 (<code object nested.
# log-contains: # Loop 3 (<code object switch.
# log-contains: Total # of bridges:	2
#
# nested: the inner loop (Loop 1) is entered once per outer iteration, all 100 of them
# (it is compiled during the first); after the first outer iterations its exit guard
# has a bridge (2) that runs the outer loop's step and jumps back into Loop 1. Each entry
# passes the label at most 50 times (the preamble does j = 0, the exit pass is counted).
# log-matches: ^entry 1:100$
# log-matches: ^TargetToken\(1\):4[89]\d\d$
# log-matches: ^bridge 2:[89]\d$
#
# switch: from i = 500 on, every iteration fails Loop 3's i < 500 guard at once; its
# bridge (4) does the else branch and jumps back to Loop 3, whose code is entered again.
# Both count ~19500 entries, while Loop 3's label is passed fewer than 500 times.
# log-matches: ^entry 3:19\d\d\d$
# log-matches: ^TargetToken\(3\):4\d\d$
# log-matches: ^bridge 4:19\d\d\d$
# log-matches: ^exits:\s+\d\d?$
def nested(n, m):
    t = 0
    for i in range(n):
        j = 0
        while j < m:
            t += j
            j += 1
    return t

def switch(n):
    a = b = 0
    for i in range(n):
        if i < 500:
            a += 1
        else:
            b += 2
    return a, b

print nested(100, 50)
print switch(20000)
# expect: 122500
# expect: (500, 39000)
