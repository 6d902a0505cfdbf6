"""Model backends behind one streaming interface."""
