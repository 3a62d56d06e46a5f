"""The Google Chat adapter: a verified HTTP endpoint, Cards v2 renderings and space watching via the Chat API.

Modules: verify (bearer tokens), events (parsing), interactions (what each event does), cards (rendering),
endpoint (the WSGI app), api (the Chat API client), poller (space watching), component (`aupbot serve`),
preview (pictures of the cards for the docs).
"""
