# sys.version_info, sys.float_info, sys.long_info and sys.flags are struct sequences.
import sys
vi = sys.version_info
print vi
print vi.major, vi.minor, vi.micro, vi.releaselevel, vi.serial, vi[:2], vi >= (2, 6), len(vi)
fi = sys.float_info
print fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds, fi.max_exp, len(fi)
print sys.long_info, sys.flags.optimize, sys.flags.dont_write_bytecode, type(sys.flags).__name__
print sys.getfilesystemencoding(), sys.gettrace(), sys.getprofile(), sys.getsizeof(1) > 0
print type(sys.meta_path).__name__, type(sys.path_importer_cache).__name__, sys.warnoptions
# expect: sys.version_info(major=2, minor=7, micro=18, releaselevel='final', serial=0)
# expect: 2 7 18 final 0 (2, 7) True 5
# expect: 1.79769313486e+308 2.22507385851e-308 2.22044604925e-16 15 53 2 1 1024 11
# expect: sys.long_info(bits_per_digit=30, sizeof_digit=4) 0 1 flags
# expect: UTF-8 None None True
# expect: list dict []
