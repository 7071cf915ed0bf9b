"""The benchmarks (`softphone bench NAME`), each printing its figures as JSON.

One module per benchmark, named as its command: startup (with process_tree), sip, sip_fuzz
(with sip_mutations), sync, screenpop, canned, callbacks (with callback_pop), portal, floor
(with floor_worker and pooler); support.py holds what several share, commands.py their command
line. Nothing here is imported as the app starts: a benchmark's module loads when it runs.
"""
