"""One screen per section of the app; screens call the workspace in thread workers."""
