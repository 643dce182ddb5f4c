using System.Net;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests;

public class HealthTests
{
    [Fact]
    public async Task Get_Health_AnswersOkWhenTheDatabaseAnswers()
    {
        using var factory = new WbsFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ok", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
