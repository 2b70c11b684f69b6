# ImportError wording for missing modules, submodules and names.
for stmt in ['import no_such_module_xyz', 'import pkg_shapes.no_such_sub',
             'from pkg_shapes import no_such_name', 'from no_such_pkg.sub import x',
             'import mod_counter.not_a_package']:
    try:
        exec stmt
    except ImportError, e:
        print 'ImportError:', e
# expect: ImportError: No module named no_such_module_xyz
# expect: pkg_shapes/__init__ running as pkg_shapes
# expect: ImportError: No module named no_such_sub
# expect: ImportError: cannot import name no_such_name
# expect: ImportError: No module named no_such_pkg.sub
# expect: mod_counter executing
# expect: ImportError: No module named not_a_package
