"""A stand-in worker command: reports how many arguments it got, as one DELIVERABLE line."""
import sys

print("working…")
print(f"DELIVERABLE: echoed {len(sys.argv) - 1} arguments")
