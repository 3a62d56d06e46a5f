"""Health and metrics for `aupbot serve`: `/healthz` for the load balancer and systemd, `/metrics` for Prometheus.

`checks` decides whether this process can do its work (database, disk, scheduler); `prometheus` renders the
counts; `component` mounts both on the shared router.
"""
