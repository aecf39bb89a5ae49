"""Statistics: the page that computes the published report for a period and area, shows its tables and charts
with the marks of withheld counts, and exports it as Excel or PDF through ``services.exports.statistics``."""
