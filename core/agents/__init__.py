"""A planner, specialised agents and an executor that runs them in parallel."""
