using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.TestSupport.Hosting;

/// <summary>
/// PBKDF2 at the production work factor (100 000 rounds) costs about 100 ms of CPU for every sign-up, sign-in and
/// recovery code, most of the suite's CPU on two cores. Test hosts hash with 1 000 rounds: same algorithm and format,
/// the count is stored in each hash. Only a test that times sign-ins needs the production cost.
/// </summary>
public static class FastPasswordHashing
{
    public const int Rounds = 1_000;

    public static IServiceCollection AddFastPasswordHashing(this IServiceCollection services) =>
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = Rounds);
}
