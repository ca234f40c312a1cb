package org.civicbrief.app.cli;

import java.util.concurrent.Callable;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Store;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.user.IssuedToken;
import org.civicbrief.store.user.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code civicbrief admin create-token}: an API token for a user, printed once on standard output
 * (only its hash is kept).
 */
@Command(
    name = "create-token",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a new API token for a user; send it as 'Authorization: Bearer TOKEN'.",
      "The token is shown once: only its hash is stored."
    })
final class CreateTokenCommand implements Callable<Integer> {

  @ParentCommand AdminCommand admin;

  @Mixin StoreOptions storeOptions;

  @Option(names = "--username", required = true, paramLabel = "NAME", description = "Whose token.")
  String username;

  @Option(
      names = "--label",
      paramLabel = "LABEL",
      defaultValue = "api",
      description = "What the token is for (default api).")
  String label;

  @Override
  public Integer call() {
    Civicbrief root = admin.root;
    try (Store store =
        ServeCommand.openBesideServers(storeOptions.apply(root.config().serve().store()))) {
      User user =
          store
              .users()
              .byUsername(username)
              .orElseThrow(
                  () -> new UserError("there is no user " + username, Civicbrief.BAD_INPUT));
      Outcome<IssuedToken> token =
          store.apiTokens().issue(user.id(), label, Principal.system("cli"));
      if (!token.isOk()) {
        throw new UserError(token.reason(), Civicbrief.BAD_INPUT);
      }
      root.out.println(token.value().secret());
      root.err.println(
          "civicbrief: token "
              + token.value().token().id()
              + " for "
              + user.username()
              + " ("
              + label
              + "); it is shown only this once");
      return 0;
    }
  }
}
