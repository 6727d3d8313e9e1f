using FundingPortal.Application.Common;
using FundingPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace FundingPortal.Infrastructure.Persistence;

/// <summary>Applies migrations, creates the roles and the bootstrap cluster manager.</summary>
public sealed class DatabaseInitializer(
    AppDbContext db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
        }

        await CreateBootstrapManager();
    }

    private async Task CreateBootstrapManager()
    {
        var email = configuration["Bootstrap:ManagerEmail"];
        var password = configuration["Bootstrap:ManagerPassword"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            return;
        }

        if ((await users.GetUsersInRoleAsync(Roles.ClusterManager)).Count > 0)
        {
            return;
        }

        var manager = await users.FindByEmailAsync(email);
        if (manager is null)
        {
            manager = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
            var created = await users.CreateAsync(manager, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("The bootstrap manager could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            }
        }

        await users.AddToRoleAsync(manager, Roles.ClusterManager);
        logger.LogInformation("Bootstrap cluster manager {Email} created", email);
    }
}
