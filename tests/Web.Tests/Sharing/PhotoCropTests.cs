using Participation.Extensions.Sharing.Images;

namespace Participation.Web.Tests.Sharing;

/// <summary>A photo's card crop: the largest 1.91:1 window, centred on the focal point as far as the edges allow.</summary>
public sealed class PhotoCropTests
{
    [Theory]
    [InlineData(4000, 3000, 0.5, 0.5)]
    [InlineData(4000, 3000, 0.5, 0.1)]
    [InlineData(4000, 3000, 0.5, 0.9)]
    [InlineData(3000, 1000, 0.1, 0.5)]
    [InlineData(3000, 1000, 0.8, 0.5)]
    [InlineData(800, 1200, 0.3, 0.7)]
    public void TheCropIs191To1AndKeepsTheFocalPointInside(int width, int height, double left, double top)
    {
        var crop = SharePhotoCropper.CropRect(width, height, left, top);

        Assert.Equal(1200.0 / 630, crop.Width / crop.Height, 3);
        Assert.True(crop.Left >= 0 && crop.Top >= 0 && crop.Right <= width + 0.01 && crop.Bottom <= height + 0.01);
        Assert.True(crop.Width >= width - 0.01 || crop.Height >= height - 0.01, "the window is as large as the photo allows");
        Assert.InRange(left * width, crop.Left, crop.Right);
        Assert.InRange(top * height, crop.Top, crop.Bottom);
    }

    [Fact]
    public void AFocalPointNearTheTopMovesTheWindowUp()
    {
        var centred = SharePhotoCropper.CropRect(4000, 3000, 0.5, 0.5);
        var high = SharePhotoCropper.CropRect(4000, 3000, 0.5, 0.1);

        Assert.Equal(0, high.Top);
        Assert.True(centred.Top > high.Top);
    }
}
