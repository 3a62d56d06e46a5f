"""Disclosure detectors: one small unit per finding type, exclusions as their own units, one registry
(policy/detectors/registry.py). The scanner (policy/scanner.py) runs them; nothing else imports them."""
