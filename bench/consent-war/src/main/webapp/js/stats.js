/* The bench's stand-in for an analytics script: runs only once "analytics" is allowed. */
window.benchStats = (window.benchStats || 0) + 1;
