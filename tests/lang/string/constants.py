# string module constants.
import string
print string.ascii_letters
print string.ascii_lowercase, string.ascii_uppercase
print string.digits, string.hexdigits, string.octdigits
print string.punctuation
print repr(string.whitespace), len(string.printable)
print string.letters == string.ascii_letters, string.lowercase, string.uppercase
# expect: abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ
# expect: abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ
# expect: 0123456789 0123456789abcdefABCDEF 01234567
# expect: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
# expect: '\t\n\x0b\x0c\r ' 100
# expect: True abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ
