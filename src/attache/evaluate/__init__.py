"""``attache eval <task>``: accuracy against labelled data.

Every task returns a dict whose JSON is printed as the last line of stdout
(``{"task": ..., "n": ..., <metrics>}``).
"""
