# Blank lines, whitespace-only lines and comment-only lines at any indentation
# do not produce INDENT or DEDENT tokens.
def f(x):

    # a comment at the body's indentation
# a comment at column 0 inside the body
            # a comment indented deeper than the body
    y = x + 1
    
	
    if y > 2:

        # comment
        return y * 2
  # oddly indented comment
    return y

print f(1)
print f(5)
# expect: 2
# expect: 12
