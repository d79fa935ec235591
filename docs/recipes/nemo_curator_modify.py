"""Recipe: NeMo Curator (1.x, Ray-based stages), a `Modify` stage over `textmend.clean`.

    pip install textmend nemo-curator
    python docs/recipes/nemo_curator_modify.py IN_DIR OUT_DIR

NOT RUN by the textmend developers: nemo-curator 1.4 pulls in torch and the CUDA
13 toolkit (several GB), too heavy for the shared machine these recipes were
tried on.  Written against the NeMo Curator 1.x API (`Modify` accepts a plain
callable and writes its result back into the input field); check it against
your version.  Every other recipe in this directory was run.
"""

import sys

from nemo_curator.core.client import RayClient
from nemo_curator.pipeline import Pipeline
from nemo_curator.stages.text.io.reader import JsonlReader
from nemo_curator.stages.text.io.writer import JsonlWriter
from nemo_curator.stages.text.modifiers import Modify

import textmend

if __name__ == "__main__":
    in_dir, out_dir = sys.argv[1], sys.argv[2]
    ray_client = RayClient()
    ray_client.start()
    try:
        pipeline = Pipeline(
            name="textmend",
            stages=[
                JsonlReader(file_paths=in_dir, files_per_partition=1),
                Modify(modifier_fn=textmend.clean, input_fields="text"),
                JsonlWriter(out_dir),
            ],
        )
        pipeline.run()
    finally:
        ray_client.stop()
