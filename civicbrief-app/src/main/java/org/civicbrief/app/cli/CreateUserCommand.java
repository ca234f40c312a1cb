package org.civicbrief.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Store;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.user.Role;
import org.civicbrief.store.user.User;
import org.civicbrief.web.auth.Passwords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code civicbrief admin create-user}: an account with a password, read without echo from the
 * terminal (asked twice) or as the first line of standard input, and hashed with Argon2id.
 */
@Command(
    name = "create-user",
    mixinStandardHelpOptions = true,
    description = {
      "Creates a user who signs in to the editor pages.",
      "The password is asked for without echo, or read from the first line of standard input."
    })
final class CreateUserCommand implements Callable<Integer> {

  @ParentCommand AdminCommand admin;

  @Mixin StoreOptions storeOptions;

  @Option(
      names = "--username",
      required = true,
      paramLabel = "NAME",
      description = "The user name.")
  String username;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      defaultValue = "editor",
      split = ",",
      description = "admin, editor or reader; several with commas (default editor).")
  String[] roles;

  @Override
  public Integer call() throws IOException {
    Civicbrief root = admin.root;
    Set<Role> chosen = roles(roles);
    char[] password = password(root);
    try {
      Optional<String> weak = Passwords.weakness(password);
      if (weak.isPresent()) {
        throw new UserError(weak.get(), Civicbrief.BAD_INPUT);
      }
      String hash = new Passwords().hash(password);
      try (Store store =
          ServeCommand.openBesideServers(storeOptions.apply(root.config().serve().store()))) {
        Outcome<User> user =
            store.users().create(username, Optional.of(hash), chosen, Principal.system("cli"));
        if (!user.isOk()) {
          throw new UserError(user.reason(), Civicbrief.BAD_INPUT);
        }
        root.out.println(
            "created user "
                + user.value().username()
                + " ("
                + String.join(", ", chosen.stream().sorted().map(Role::code).toList())
                + ")");
        return 0;
      }
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static Set<Role> roles(String[] names) {
    Set<Role> out = EnumSet.noneOf(Role.class);
    for (String name : names) {
      try {
        out.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UserError("--role must be admin, editor or reader, got '" + name + "'", 2);
      }
    }
    return out;
  }

  private static char[] password(Civicbrief root) throws IOException {
    Console console = root.terminal ? System.console() : null;
    if (console != null) {
      char[] first = console.readPassword("Password for the new user: ");
      char[] second = console.readPassword("The same password again: ");
      if (first == null || second == null || !Arrays.equals(first, second)) {
        throw new UserError("the two passwords differ", Civicbrief.BAD_INPUT);
      }
      Arrays.fill(second, '\0');
      return first;
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(root.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    if (line == null || line.isEmpty()) {
      throw new UserError(
          "no password: type it at the prompt, or give it as the first line of standard input",
          Civicbrief.BAD_INPUT);
    }
    return line.toCharArray();
  }
}
