"""urllib: only urllib.parse here (urllib.request and the rest reach the network)."""
