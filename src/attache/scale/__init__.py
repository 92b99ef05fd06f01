"""Scale-out: the Spark job (``job``), its Parquet tables (``tables``) and ``attache load`` (``load``).

The Spark job runs the single-machine extract and analyse functions inside ``mapPartitions``; nothing
here re-implements a stage. PySpark is an optional extra: ``pip install 'attache[spark]'``.
"""
