"""The normalizers textmend ships, one module per kind of damage.

See :data:`textmend.registry.NORMALIZERS` for their names.
"""
