"""The benchmarks (`softphone bench NAME`), each printing its figures as JSON.

One module per benchmark, named as its command (startup, sip, sip_fuzz, sync, screenpop,
canned, callbacks with callback_pop, portal, floor with floor_worker); commands.py holds their
command line. Nothing here is imported when the app starts: each runs only when asked for.
"""
