package org.civicbrief.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code civicbrief admin}: accounts and API tokens, made on the machine that holds the data. */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = "Creates user accounts and API tokens. Nothing ships with a default password.",
    subcommands = {
      CreateUserCommand.class,
      CreateTokenCommand.class,
      CommandLine.HelpCommand.class
    })
final class AdminCommand implements Runnable {

  @ParentCommand Civicbrief root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: create-user or create-token");
  }
}
