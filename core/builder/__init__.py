"""The builder: websites, dashboards and games delivered as self-contained HTML files."""
