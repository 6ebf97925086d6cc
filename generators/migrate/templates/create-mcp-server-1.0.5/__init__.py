# create-mcp-server 1.0.5's output for --name srv (MIT, modelcontextprotocol/create-python-server).
# yo mcp-python:migrate compares a project's module with it, layout and comments aside.
from . import server
import asyncio

def main():
    """Main entry point for the package."""
    asyncio.run(server.main())

# Optionally expose other important items at package level
__all__ = ['main', 'server']