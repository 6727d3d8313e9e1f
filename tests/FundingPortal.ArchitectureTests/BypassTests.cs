using NetArchTest.Rules;

namespace FundingPortal.ArchitectureTests;

/// <summary>
/// The hosts' endpoints and pages call use cases; only the composition (DI, auth setup, HTTP plumbing) and the API's
/// token endpoints see Infrastructure, EF Core or ASP.NET Core Identity.
/// </summary>
public sealed class BypassTests
{
    private static readonly System.Reflection.Assembly Application = typeof(FundingPortal.Application.DependencyInjection).Assembly;
    private static readonly System.Reflection.Assembly Api = typeof(FundingPortal.Api.FundingPortalApp).Assembly;
    private static readonly System.Reflection.Assembly Web = typeof(FundingPortal.Web.WebSetup).Assembly;
    private static readonly System.Reflection.Assembly Worker = typeof(FundingPortal.Worker.BackgroundWork).Assembly;

    private static readonly string[] Bypasses = ["FundingPortal.Infrastructure", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Identity"];

    [Fact]
    public void Api_endpoints_reach_neither_infrastructure_nor_the_database_nor_identity()
    {
        var result = Types.InAssembly(Api).That().ResideInNamespaceStartingWith("FundingPortal.Api.Endpoints").ShouldNot()
            .HaveDependencyOnAny(Bypasses).GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Web_pages_reach_neither_infrastructure_nor_the_database_nor_identity()
    {
        var result = Types.InAssembly(Web).ShouldNot().HaveDependencyOnAny(Bypasses).GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Application_does_not_depend_on_ASP_NET_Core()
    {
        var result = Types.InAssembly(Application).ShouldNot().HaveDependencyOn("Microsoft.AspNetCore").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Worker_consumers_and_jobs_call_use_cases_not_the_database()
    {
        var result = Types.InAssembly(Worker).That().ResideInNamespaceStartingWith("FundingPortal.Worker.Consumers")
            .Or().ResideInNamespaceStartingWith("FundingPortal.Worker.Jobs")
            .ShouldNot().HaveDependencyOnAny("FundingPortal.Infrastructure.Persistence", "Microsoft.EntityFrameworkCore").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [InlineData("src/FundingPortal.Domain/FundingPortal.Domain.csproj")]
    [InlineData("src/FundingPortal.Application/FundingPortal.Application.csproj")]
    public void Domain_and_Application_reference_no_framework(string project) =>
        Assert.Empty(ProjectFile(project).Descendants("FrameworkReference"));

    [Fact]
    public void Web_does_not_reference_Infrastructure() =>
        Assert.DoesNotContain(ProjectFile("src/FundingPortal.Web/FundingPortal.Web.csproj").Descendants("ProjectReference"),
            r => r.Attribute("Include")!.Value.Contains("FundingPortal.Infrastructure", StringComparison.Ordinal));

    [Fact]
    public void Identity_s_user_manager_is_used_in_Infrastructure_Identity_the_database_initialiser_and_the_demo_seeding_only()
    {
        var offenders = Source.FilesContaining("UserManager<")
            .Where(hit => !hit.StartsWith("src/FundingPortal.Infrastructure/Identity/", StringComparison.Ordinal)
                && !hit.StartsWith("src/FundingPortal.Infrastructure/Persistence/DatabaseInitializer.cs:", StringComparison.Ordinal)
                && !hit.StartsWith("src/FundingPortal.DemoData/", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Roles_are_set_by_the_SetUserRoles_use_case_only() =>
        Assert.Equal(
        [
            "src/FundingPortal.Application/Abstractions/IUserDirectory.cs", "src/FundingPortal.Application/Accounts/SetUserRoles/SetUserRoles.cs",
            "src/FundingPortal.Infrastructure/Identity/UserDirectory.cs",
        ], Source.FilesContaining("SetRolesAsync(").Select(hit => hit[..hit.IndexOf(':')]));

    [Fact]
    public void The_attachment_size_rule_is_written_once() =>
        Assert.Equal(["src/FundingPortal.Domain/Proposals/ProposalAttachment.cs", "src/FundingPortal.Web/Errors/FrenchErrors.cs"],
            Source.FilesContaining("\"file_too_large\"").Select(hit => hit[..hit.IndexOf(':')]));

    private static System.Xml.Linq.XDocument ProjectFile(string relativePath) => System.Xml.Linq.XDocument.Load(Path.Combine(Source.Root, relativePath));
}
