"""Typed commands every face renders."""

from core.commands.builtin import register_builtin
from core.commands.registry import (
    Arg,
    Command,
    CommandCall,
    CommandContext,
    CommandRegistry,
    CommandReply,
)

__all__ = ["Arg", "Command", "CommandCall", "CommandContext", "CommandRegistry",
           "CommandReply", "register_builtin"]
