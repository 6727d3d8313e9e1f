using NetArchTest.Rules;

namespace FundingPortal.ArchitectureTests;

/// <summary>References point inward: Domain ← Application ← Infrastructure ← hosts.</summary>
public sealed class LayerTests
{
    private static readonly System.Reflection.Assembly Domain = typeof(FundingPortal.Domain.Common.Entity).Assembly;
    private static readonly System.Reflection.Assembly Application = typeof(FundingPortal.Application.DependencyInjection).Assembly;
    private static readonly System.Reflection.Assembly Infrastructure = typeof(FundingPortal.Infrastructure.DependencyInjection).Assembly;

    [Fact]
    public void Domain_depends_on_no_other_layer_nor_on_frameworks()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("FundingPortal.Application", "FundingPortal.Infrastructure", "FundingPortal.Api", "FundingPortal.Worker",
                "FundingPortal.Contracts", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "MassTransit", "Hangfire", "Npgsql", "PdfSharp")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Application_does_not_depend_on_infrastructure_hosts_or_technical_libraries()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("FundingPortal.Infrastructure", "FundingPortal.Api", "FundingPortal.Worker", "MassTransit", "Hangfire", "Npgsql", "PdfSharp", "MailKit")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_the_hosts()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot()
            .HaveDependencyOnAny("FundingPortal.Api", "FundingPortal.Worker")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_web_UI_uses_the_use_cases_not_the_API_host()
    {
        var result = Types.InAssembly(typeof(FundingPortal.Web.WebSetup).Assembly).ShouldNot()
            .HaveDependencyOnAny("FundingPortal.Api", "FundingPortal.Worker", "System.Net.Http")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}
