"""``python -m textmend``: the command line."""

from .cli import main_entry

# The guard matters: worker processes started by `--jobs` under the spawn or
# forkserver start methods import the main module again.
if __name__ == "__main__":
    main_entry()
