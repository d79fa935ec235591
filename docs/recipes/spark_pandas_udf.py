"""Recipe: Spark, a `pandas_udf` over `textmend.clean`.

    pip install textmend pyspark pyarrow pandas    # and a Java 17+ runtime
    python docs/recipes/spark_pandas_udf.py

Arrow hands each executor batches of rows as pandas Series; `Series.map(clean)`
cleans them in the Python worker, which builds the pipeline once and reuses it.
"""

import os
import sys
import time

import pandas as pd
from pyspark.sql import SparkSession
from pyspark.sql.functions import pandas_udf
from pyspark.sql.types import StringType
from sample_data import make_records

import textmend


@pandas_udf(StringType())
def clean_text(texts: pd.Series) -> pd.Series:
    # Nulls stay null; textmend.clean rejects anything that is not a str.
    return texts.map(textmend.clean, na_action="ignore")


if __name__ == "__main__":
    # Python workers must run the interpreter that has textmend (and pandas, pyarrow) installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("textmend")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        records = make_records(4000, seed=4)
        df = spark.createDataFrame(pd.DataFrame(records))  # or spark.read.json("corpus/*.jsonl")

        t0 = time.perf_counter()
        rows = df.withColumn("text", clean_text("text")).orderBy("id").collect()
        seconds = time.perf_counter() - t0

        assert [r["text"] for r in rows] == [textmend.clean(r["text"]) for r in records]
        print(f"spark pandas_udf (local[2]): {len(rows)} rows in {seconds:.2f} s, equal to serial clean()")
        # df.withColumn("text", clean_text("text")).write.json("cleaned/")
    finally:
        spark.stop()
