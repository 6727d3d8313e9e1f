using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FundingPortal.Api.IntegrationTests.Infrastructure;

/// <summary>A browser-like client of the web UI: the sign-in cookie, the anti-forgery cookie and the forms' hidden tokens.</summary>
public sealed partial class WebSession(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static HttpClient NewClient(ApiFactory factory, string baseAddress = "http://localhost") =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) });

    public static async Task<WebSession> SignIn(ApiFactory factory, string email, string password, string baseAddress = "http://localhost")
    {
        var session = new WebSession(NewClient(factory, baseAddress));
        var response = await session.PostForm("/connexion", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"web sign-in of {email}: {(int)response.StatusCode}");
        return session;
    }

    /// <summary>Opens the page (for its form token), then posts the form to it as the browser would.</summary>
    public async Task<HttpResponseMessage> PostForm(string path, Dictionary<string, string> fields)
    {
        var page = await Client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value;
        return await Client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
